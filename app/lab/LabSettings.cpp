#include "LabSettings.h"

#include "config/AddressValidator.h"
#include "util/Loopback.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUdpSocket>

#include <cmath>

using namespace Qt::StringLiterals;

QString defaultVirtualClockLibrary()
{
    const QString fromEnvironment = qEnvironmentVariable("TANDEM_VCLOCK_LIBRARY");
    return fromEnvironment.isEmpty() ? QStringLiteral(TANDEM_VCLOCK_LIBRARY_PATH) : fromEnvironment;
}

QString chronydClockLibrary(const LabSettings& settings)
{
    return settings.virtualClocks ? settings.virtualClockLibrary : QString();
}

Status validateLabSettings(const LabSettings& settings)
{
    if (settings.directory.isEmpty() || !QDir::isAbsolutePath(settings.directory))
        return Error{QCoreApplication::translate(
            "LabSettings", "the lab directory must be an absolute path (chronyd changes to / when it daemonizes)")};
    // chrony.conf has no quoting: a path with a blank would be cut at the blank.
    if (settings.directory.contains(QRegularExpression(u"\\s"_s)))
        return Error{QCoreApplication::translate(
            "LabSettings", "the lab directory must not contain blanks: chrony.conf cannot quote paths")};
    const auto checkAddress = [](const QHostAddress& address, const QString& which) -> Status {
        if (address.isNull())
            return Error{QCoreApplication::translate("LabSettings", "%1's address is not an IP address").arg(which)};
        // The lab never sends a packet off this machine, whatever was typed.
        if (!isLoopbackAddress(address) || address.protocol() != QAbstractSocket::IPv4Protocol)
            return Error{QCoreApplication::translate(
                             "LabSettings",
                             "%1's address %2 is not an IPv4 loopback address (127.0.0.0/8); the lab only runs on "
                             "this machine")
                             .arg(which, address.toString())};
        // The profiles' own check, so that 127.127.x.x (ntpd's reference clocks) is refused here, with
        // its reason, rather than when the config is rendered.
        if (const auto checked = AddressValidator::check(address.toString(), AddressValidator::Use::Host); !checked)
            return Error{QCoreApplication::translate("LabSettings", "%1's address: %2").arg(which, checked.error())};
        return success();
    };
    if (Status status = checkAddress(settings.serverAddress, u"System 1"_s); !status)
        return status;
    if (Status status = checkAddress(settings.clientAddress, u"System 2"_s); !status)
        return status;
    if (settings.serverAddress.isEqual(settings.clientAddress))
        return Error{
            QCoreApplication::translate("LabSettings", "System 1 and System 2 need different addresses (both are %1)")
                .arg(settings.serverAddress.toString())};
    if (settings.ntpPort == 0 || settings.cmdPort == 0)
        return Error{QCoreApplication::translate("LabSettings", "the NTP and command ports must not be 0")};
    if (settings.ntpPort == settings.cmdPort)
        return Error{
            QCoreApplication::translate("LabSettings", "the NTP port and the command port must differ (both are %1)")
                .arg(settings.ntpPort)};
    for (int index = 0; index < 2; ++index) {
        const LabClockSettings& clock = settings.clocks[index];
        if (!std::isfinite(clock.offsetSeconds) || std::abs(clock.offsetSeconds) > MaxLabClockOffsetSeconds)
            return Error{QCoreApplication::translate("LabSettings", "System %1's clock offset must be within ±%2 s")
                             .arg(index + 1)
                             .arg(MaxLabClockOffsetSeconds)};
        if (!std::isfinite(clock.frequencyPpm) || std::abs(clock.frequencyPpm) > MaxLabClockFrequencyPpm)
            return Error{QCoreApplication::translate(
                             "LabSettings",
                             "System %1's clock frequency error must be within ±%2 ppm (chronyd corrects no more)")
                             .arg(index + 1)
                             .arg(MaxLabClockFrequencyPpm)};
        if (!settings.virtualClocks && (clock.offsetSeconds != 0.0 || clock.frequencyPpm != 0.0))
            return Error{QCoreApplication::translate(
                "LabSettings",
                "clock offsets and frequencies need virtual clocks (a lab with -x uses this machine's clock)")};
    }
    if (settings.date.isValid() && !settings.virtualClocks)
        return Error{QCoreApplication::translate(
            "LabSettings", "a lab date needs virtual clocks (a lab with -x uses this machine's clock)")};
    if (settings.date.isValid() && (settings.date.date().year() < 1980 || settings.date.date().year() > 2100))
        return Error{QCoreApplication::translate("LabSettings", "the lab date must be between 1980 and 2100")};
    if (settings.virtualClocks && !QDir::isAbsolutePath(settings.virtualClockLibrary))
        return Error{QCoreApplication::translate(
            "LabSettings", "the virtual-clock library must be an absolute path (it is preloaded into chronyd)")};
    return success();
}

QString labSettingsPath(const QString& directory)
{
    return QDir(directory).filePath(u"lab.json"_s);
}

Status saveLabSettings(const LabSettings& settings)
{
    const QJsonObject object{
        {u"serverAddress"_s, settings.serverAddress.toString()},
        {u"clientAddress"_s, settings.clientAddress.toString()},
        {u"ntpPort"_s, settings.ntpPort},
        {u"cmdPort"_s, settings.cmdPort},
        {u"virtualClocks"_s, settings.virtualClocks},
        {u"virtualClockLibrary"_s, settings.virtualClockLibrary},
        // How the clocks started, for whoever attaches to the lab later (the clocks themselves are
        // in the systems' clock files).
        {u"date"_s, settings.date.isValid() ? settings.date.toString(Qt::ISODate) : QString()},
        {u"offset1"_s, settings.clocks[0].offsetSeconds},
        {u"offset2"_s, settings.clocks[1].offsetSeconds},
        {u"freq1"_s, settings.clocks[0].frequencyPpm},
        {u"freq2"_s, settings.clocks[1].frequencyPpm},
    };
    QSaveFile file(labSettingsPath(settings.directory));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit())
        return Error{
            QCoreApplication::translate("LabSettings", "cannot write %1: %2").arg(file.fileName(), file.errorString())};
    return success();
}

Result<LabSettings> loadLabSettings(const QString& directory)
{
    const QString absolute = QDir(directory).absolutePath();
    QFile file(labSettingsPath(absolute));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("LabSettings", "%1 has no lab (cannot read %2: %3)")
                         .arg(absolute, file.fileName(), file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error{QCoreApplication::translate("LabSettings", "%1 is not a lab settings file: %2")
                         .arg(file.fileName(), parseError.errorString())};
    const QJsonObject object = document.object();
    LabSettings settings;
    settings.directory = absolute;
    settings.serverAddress = QHostAddress(object.value(u"serverAddress"_s).toString());
    settings.clientAddress = QHostAddress(object.value(u"clientAddress"_s).toString());
    const int ntpPort = object.value(u"ntpPort"_s).toInt(-1);
    const int cmdPort = object.value(u"cmdPort"_s).toInt(-1);
    if (ntpPort <= 0 || ntpPort > 65535 || cmdPort <= 0 || cmdPort > 65535)
        return Error{
            QCoreApplication::translate("LabSettings", "%1 has no valid ntpPort/cmdPort").arg(file.fileName())};
    settings.ntpPort = quint16(ntpPort);
    settings.cmdPort = quint16(cmdPort);
    // Labs made before virtual clocks ran with -x: they keep doing so.
    settings.virtualClocks = object.value(u"virtualClocks"_s).toBool(false);
    settings.virtualClockLibrary = object.value(u"virtualClockLibrary"_s).toString();
    settings.date = QDateTime::fromString(object.value(u"date"_s).toString(), Qt::ISODate);
    settings.clocks[0] = {object.value(u"offset1"_s).toDouble(), object.value(u"freq1"_s).toDouble()};
    settings.clocks[1] = {object.value(u"offset2"_s).toDouble(), object.value(u"freq2"_s).toDouble()};
    if (Status valid = validateLabSettings(settings); !valid)
        return Error{QCoreApplication::translate("LabSettings", "%1: %2").arg(file.fileName(), valid.error())};
    return settings;
}

Result<LabSystemLocation> locateLabSystem(const QString& root)
{
    const QFileInfo info(root);
    if (!info.isAbsolute() || !info.isDir())
        return Error{
            QCoreApplication::translate("LabSettings", "%1 must name an existing directory by its absolute path")
                .arg(root)};
    const QString canonical = info.canonicalFilePath();
    const QString name = QFileInfo(canonical).fileName();
    if (name != u"system1"_s && name != u"system2"_s)
        return Error{
            QCoreApplication::translate("LabSettings", "%1 is not a lab system directory (DIR/system1 or DIR/system2)")
                .arg(root)};
    const QString labDirectory = QFileInfo(canonical).path();
    Result<LabSettings> settings = loadLabSettings(labDirectory);
    if (!settings)
        return Error{QCoreApplication::translate("LabSettings", "%1 is not a lab made by Tandem: %2")
                         .arg(labDirectory, settings.error())};
    return LabSystemLocation{std::move(settings).value(), name == u"system1"_s ? 1 : 2, canonical};
}

Status checkLabPortsFree(const LabSettings& settings)
{
    const struct
    {
        const char* system;
        QHostAddress address;
    } systems[] = {{"System 1", settings.serverAddress}, {"System 2", settings.clientAddress}};
    for (const auto& system : systems) {
        for (const auto& [port, what] : {std::pair{settings.ntpPort, u"NTP"_s}, {settings.cmdPort, u"command"_s}}) {
            QUdpSocket probe;
            if (!probe.bind(system.address, port, QAbstractSocket::DontShareAddress))
                return Error{QCoreApplication::translate(
                                 "LabSettings",
                                 "%1's %2 port %3:%4 is already in use (another lab, or a chronyd, on the same address "
                                 "and port would share its traffic): %5")
                                 .arg(QString::fromLatin1(system.system), what, system.address.toString())
                                 .arg(port)
                                 .arg(probe.errorString())};
        }
    }
    return success();
}
