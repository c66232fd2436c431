#include "TestData.h"
#include "config/UnifiedDiff.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Applies a unified diff to `before` the way patch(1) would (strictly: context must match), so a test
// can check that a diff really describes the change, independent of which minimal diff was chosen.
std::optional<QByteArray> applyPatch(const QByteArray& before, const QByteArray& diff)
{
    const QList<QByteArray> old = UnifiedDiff::splitLines(before);
    const QList<QByteArray> patch = UnifiedDiff::splitLines(diff);
    static const QRegularExpression header(u"^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@"_s);
    QList<QByteArray> result;
    qsizetype oldPos = 0;
    qsizetype i = 2; // skip ---/+++
    while (i < patch.size()) {
        const auto match = header.match(QString::fromUtf8(patch.at(i)));
        if (!match.hasMatch())
            return std::nullopt;
        qsizetype start = match.captured(1).toLongLong();
        const qsizetype count = match.captured(2).isEmpty() ? 1 : match.captured(2).toLongLong();
        if (count > 0)
            --start; // to 0-based
        while (oldPos < start)
            result.append(old.at(oldPos++));
        ++i;
        while (i < patch.size() && !patch.at(i).startsWith("@@")) {
            QByteArray line = patch.at(i).mid(1);
            const char op = patch.at(i).at(0);
            // "\ No newline at end of file" belongs to the previous line.
            const bool noNewline = i + 1 < patch.size() && patch.at(i + 1).startsWith('\\');
            if (noNewline)
                line.chop(1);
            if (op == ' ' || op == '-') {
                if (oldPos >= old.size() || old.at(oldPos) != line)
                    return std::nullopt;
                ++oldPos;
            }
            if (op == ' ' || op == '+')
                result.append(line);
            i += noNewline ? 2 : 1;
        }
    }
    while (oldPos < old.size())
        result.append(old.at(oldPos++));
    return result.join();
}

} // namespace

class tst_UnifiedDiff : public QObject
{
    Q_OBJECT

private slots:
    void exactOutput_data();
    void exactOutput();
    void identicalTextsGiveNothing();
    void randomEditsApplyBack();
};

void tst_UnifiedDiff::exactOutput_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("one changed line") << "a\nb\nc\n"_ba
                                      << "a\nB\nc\n"_ba
                                      << "--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"_ba;
    QTest::addRow("append at end") << "a\n"_ba
                                   << "a\nb\n"_ba
                                   << "--- a/f\n+++ b/f\n@@ -1 +1,2 @@\n a\n+b\n"_ba;
    QTest::addRow("from empty") << ""_ba
                                << "x\n"_ba
                                << "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+x\n"_ba;
    QTest::addRow("to empty") << "x\n"_ba
                              << ""_ba
                              << "--- a/f\n+++ b/f\n@@ -1 +0,0 @@\n-x\n"_ba;
    QTest::addRow("missing final newline")
        << "a\nb"_ba
        << "a\nb\nc\n"_ba
        << "--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n"_ba;
    // Changes further apart than 2 * 3 context lines make two hunks.
    QTest::addRow("two hunks")
        << "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n"_ba
        << "X\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\nY\n"_ba
        << "--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n-1\n+X\n 2\n 3\n 4\n@@ -9,4 +9,4 @@\n 9\n 10\n 11\n-12\n+Y\n"_ba;
    QTest::addRow("one hunk when close")
        << "1\n2\n3\n4\n5\n6\n7\n8\n"_ba
        << "X\n2\n3\n4\n5\n6\n7\nY\n"_ba
        << "--- a/f\n+++ b/f\n@@ -1,8 +1,8 @@\n-1\n+X\n 2\n 3\n 4\n 5\n 6\n 7\n-8\n+Y\n"_ba;
}

void tst_UnifiedDiff::exactOutput()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QByteArray, expected);
    const QByteArray diff = UnifiedDiff::diff(before, after, u"a/f"_s, u"b/f"_s);
    QCOMPARE(diff, expected);
    QCOMPARE(applyPatch(before, diff).value_or("<patch failed>"_ba), after);
}

void tst_UnifiedDiff::identicalTextsGiveNothing()
{
    const QByteArray text = readTestData(u"conf/debian12.conf"_s);
    QVERIFY(UnifiedDiff::diff(text, text, u"a"_s, u"b"_s).isEmpty());
}

// Random line edits on a real config: the diff must apply back exactly and be no longer than
// "delete everything, insert everything".
void tst_UnifiedDiff::randomEditsApplyBack()
{
    QRandomGenerator random(7);
    const QList<QByteArray> base = UnifiedDiff::splitLines(readTestData(u"conf/ubuntu.conf"_s));
    for (int round = 0; round < 200; ++round) {
        QList<QByteArray> edited = base;
        const int edits = 1 + int(random.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = edited.isEmpty() ? 0 : qsizetype(random.bounded(int(edited.size())));
            switch (random.bounded(3)) {
            case 0:
                edited.insert(at, "inserted " + QByteArray::number(e) + '\n');
                break;
            case 1:
                if (!edited.isEmpty())
                    edited.removeAt(at);
                break;
            default:
                if (!edited.isEmpty())
                    edited[at] = "changed\n";
            }
        }
        const QByteArray before = base.join();
        const QByteArray after = edited.join();
        const QByteArray diff = UnifiedDiff::diff(before, after, u"a/x"_s, u"b/x"_s);
        QCOMPARE(applyPatch(before, diff).value_or("<patch failed>"_ba), after);
        const auto script = UnifiedDiff::editScript(base, edited);
        qsizetype changes = 0;
        for (const auto& edit : script)
            changes += edit.op != UnifiedDiff::Op::Equal;
        QVERIFY(changes <= 2 * edits); // Myers finds a script at most as long as the edits made
    }
}

QTEST_GUILESS_MAIN(tst_UnifiedDiff)
#include "tst_UnifiedDiff.moc"
