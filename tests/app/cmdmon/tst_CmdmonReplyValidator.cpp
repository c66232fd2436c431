#include "TestData.h"
#include "cmdmon/CmdmonReplyValidator.h"
#include "cmdmon/PacketReader.h"

#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace Cmdmon;

namespace {

QByteArray captured(const char* name)
{
    return readTestData(u"cmdmon/"_s + QString::fromLatin1(name) + u".bin"_s);
}

quint32 sequenceOf(const QByteArray& reply)
{
    return PacketReader(reply).u32(16);
}

QByteArray withByte(QByteArray bytes, int offset, char value)
{
    bytes[offset] = value;
    return bytes;
}

QByteArray withU16(QByteArray bytes, int offset, quint16 value)
{
    qToBigEndian(value, bytes.data() + offset);
    return bytes;
}

} // namespace

class tst_CmdmonReplyValidator : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
};

void tst_CmdmonReplyValidator::validate_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<int>("command");
    QTest::addColumn<QList<ReplyCode>>("expected");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("status");

    const QByteArray tracking = captured("tracking_client");
    const QList<ReplyCode> trackingReply{ReplyCode::Tracking};
    const int trackingCommand = int(RequestCode::Tracking);

    QTest::addRow("captured tracking") << tracking << trackingCommand << trackingReply << true << 0;
    // chronyd sends every reply at its exact length: a longer one is not chronyd's (a 1048-byte
    // "reply" was believed before).
    QTest::addRow("one byte longer than chronyd's")
        << (tracking + QByteArray(1, '\0')) << trackingCommand << trackingReply << false << 0;
    QTest::addRow("16 bytes longer") << (tracking + QByteArray(16, '\0')) << trackingCommand << trackingReply << false
                                     << 0;
    QTest::addRow("empty") << QByteArray() << trackingCommand << trackingReply << false << 0;
    QTest::addRow("27 bytes") << tracking.left(27) << trackingCommand << trackingReply << false << 0;
    QTest::addRow("header only, success") << tracking.left(28) << trackingCommand << trackingReply << false << 0;
    QTest::addRow("data one byte short") << tracking.left(103) << trackingCommand << trackingReply << false << 0;
    QTest::addRow("oversized") << (tracking + QByteArray(2000, '\0')) << trackingCommand << trackingReply << false << 0;
    QTest::addRow("version 5") << withByte(tracking, 0, 5) << trackingCommand << trackingReply << false << 0;
    QTest::addRow("version 7") << withByte(tracking, 0, 7) << trackingCommand << trackingReply << false << 0;
    QTest::addRow("request type") << withByte(tracking, 1, 1) << trackingCommand << trackingReply << false << 0;
    QTest::addRow("res1 set") << withByte(tracking, 2, 1) << trackingCommand << trackingReply << false << 0;
    QTest::addRow("res2 set") << withByte(tracking, 3, 1) << trackingCommand << trackingReply << false << 0;
    QTest::addRow("other command") << tracking << int(RequestCode::Activity) << QList<ReplyCode>{ReplyCode::Activity}
                                   << false << 0;
    QTest::addRow("command echo altered") << withU16(tracking, 4, 34) << trackingCommand << trackingReply << false << 0;
    QTest::addRow("unexpected reply code")
        << withU16(tracking, 6, 12) << trackingCommand << trackingReply << false << 0;
    QTest::addRow("sequence altered") << withByte(tracking, 19, char(tracking.at(19) ^ 1)) << trackingCommand
                                      << trackingReply << false << 0;

    // Error replies are 28 bytes with RPY_NULL and are accepted, to report the status.
    QTest::addRow("no such source") << captured("source_data_bad_index") << int(RequestCode::SourceData)
                                    << QList<ReplyCode>{ReplyCode::SourceData} << true << 4;
    QTest::addRow("unauthorised") << captured("makestep_udp_unauth") << int(RequestCode::MakeStep)
                                  << QList<ReplyCode>{ReplyCode::Null} << true << 2;
    QTest::addRow("failed") << captured("makestep_unix_failed") << int(RequestCode::MakeStep)
                            << QList<ReplyCode>{ReplyCode::Null} << true << 1;
    QTest::addRow("invalid") << captured("unknown_command_invalid") << 74 << QList<ReplyCode>{ReplyCode::Null} << true
                             << 3;
    QTest::addRow("bad length") << captured("short_request_badlength") << trackingCommand << trackingReply << true
                                << 19;
    QTest::addRow("version mismatch report")
        << captured("version5_mismatch") << trackingCommand << trackingReply << true << 18;
    // The mismatch report is the only reply of another version that counts, and only from version 5 on.
    QTest::addRow("mismatch report with version 5")
        << withByte(captured("version5_mismatch"), 0, 5) << trackingCommand << trackingReply << true << 18;
    QTest::addRow("mismatch report with version 4")
        << withByte(captured("version5_mismatch"), 0, 4) << trackingCommand << trackingReply << false << 0;
    QTest::addRow("other status with version 5")
        << withByte(captured("makestep_udp_unauth"), 0, 5) << int(RequestCode::MakeStep)
        << QList<ReplyCode>{ReplyCode::Null} << false << 0;
    QTest::addRow("NTP_DATA reply too short for its code")
        << withU16(withU16(tracking, 4, 57), 6, 16) << 57 << QList<ReplyCode>{ReplyCode::NtpData, ReplyCode::NtpData2}
        << false << 0;
}

void tst_CmdmonReplyValidator::validate()
{
    QFETCH(QByteArray, datagram);
    QFETCH(int, command);
    QFETCH(QList<ReplyCode>, expected);
    QFETCH(bool, accepted);
    QFETCH(int, status);
    const quint32 sequence = datagram.size() >= 20 ? sequenceOf(datagram) : 0;
    // "sequence altered" changed the datagram's own sequence: validate against the original one.
    const quint32 requestSequence = QByteArray(QTest::currentDataTag()) == "sequence altered" ? sequence ^ 1 : sequence;
    const auto packet = validateCmdmonReply(datagram, RequestCode(command), requestSequence, expected);
    QCOMPARE(packet.has_value(), accepted);
    if (packet) {
        QCOMPARE(int(packet->status), status);
        QCOMPARE(packet->data, datagram.mid(28));
    }
}

QTEST_GUILESS_MAIN(tst_CmdmonReplyValidator)
#include "tst_CmdmonReplyValidator.moc"
