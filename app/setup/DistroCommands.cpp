#include "DistroCommands.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString field(const QByteArray& osRelease, const QByteArray& key)
{
    for (const QByteArray& raw : osRelease.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (!line.startsWith(key + '='))
            continue;
        QByteArray value = line.mid(key.size() + 1);
        if (value.size() >= 2 && (value.startsWith('"') || value.startsWith('\'')) && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        return QString::fromUtf8(value);
    }
    return {};
}

} // namespace

DistroCommands DistroCommands::fromOsRelease(const QByteArray& osRelease, Init init)
{
    DistroCommands commands;
    commands.prettyName = field(osRelease, "PRETTY_NAME");
    const QStringList ids =
        (field(osRelease, "ID") + u' ' + field(osRelease, "ID_LIKE")).split(u' ', Qt::SkipEmptyParts);
    const auto any = [&](std::initializer_list<const char16_t*> names) {
        for (const char16_t* name : names) {
            if (ids.contains(QString::fromUtf16(name)))
                return true;
        }
        return false;
    };
    // Debian's unit and init script are "chrony" (with a chronyd alias); everyone else ships chronyd.
    QString service = u"chronyd"_s;
    if (any({u"debian", u"ubuntu"})) {
        commands.family = Family::Debian;
        commands.installChrony = u"sudo apt install chrony"_s;
        service = u"chrony"_s;
    } else if (any({u"fedora", u"rhel", u"centos"})) {
        commands.family = Family::Fedora;
        commands.installChrony = u"sudo dnf install chrony"_s;
    } else if (any({u"arch"})) {
        commands.family = Family::Arch;
        commands.installChrony = u"sudo pacman -S chrony"_s;
    } else if (any({u"suse", u"opensuse"})) {
        commands.family = Family::Suse;
        commands.installChrony = u"sudo zypper install chrony"_s;
    } else {
        commands.installChrony = u"install the \"chrony\" package with your package manager"_s;
    }
    // Without systemd, systemctl only says "System has not been booted with systemd".
    commands.startChrony = init == Init::Systemd ? u"sudo systemctl enable --now %1"_s.arg(service)
                                                 : u"sudo service %1 start"_s.arg(service);
    commands.stopTimesyncd = u"sudo systemctl disable --now systemd-timesyncd"_s;
    return commands;
}

DistroCommands DistroCommands::forThisMachine()
{
    // sd_booted()'s test, the same the helper's restart makes.
    const Init init = QFileInfo(u"/run/systemd/system"_s).isDir() ? Init::Systemd : Init::SysV;
    for (const QString& path : {u"/etc/os-release"_s, u"/usr/lib/os-release"_s}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            return fromOsRelease(file.read(64 * 1024), init);
    }
    return fromOsRelease({}, init);
}
