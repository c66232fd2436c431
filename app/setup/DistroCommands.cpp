#include "DistroCommands.h"

#include <QFile>
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

DistroCommands DistroCommands::fromOsRelease(const QByteArray& osRelease)
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
    // Debian's unit is chrony.service (with a chronyd alias); everyone else ships chronyd.service.
    if (any({u"debian", u"ubuntu"})) {
        commands.family = Family::Debian;
        commands.installChrony = u"sudo apt install chrony"_s;
        commands.startChrony = u"sudo systemctl enable --now chrony"_s;
    } else if (any({u"fedora", u"rhel", u"centos"})) {
        commands.family = Family::Fedora;
        commands.installChrony = u"sudo dnf install chrony"_s;
        commands.startChrony = u"sudo systemctl enable --now chronyd"_s;
    } else if (any({u"arch"})) {
        commands.family = Family::Arch;
        commands.installChrony = u"sudo pacman -S chrony"_s;
        commands.startChrony = u"sudo systemctl enable --now chronyd"_s;
    } else if (any({u"suse", u"opensuse"})) {
        commands.family = Family::Suse;
        commands.installChrony = u"sudo zypper install chrony"_s;
        commands.startChrony = u"sudo systemctl enable --now chronyd"_s;
    } else {
        commands.installChrony = u"install the \"chrony\" package with your package manager"_s;
        commands.startChrony = u"sudo systemctl enable --now chronyd"_s;
    }
    commands.stopTimesyncd = u"sudo systemctl disable --now systemd-timesyncd"_s;
    return commands;
}

DistroCommands DistroCommands::forThisMachine()
{
    for (const QString& path : {u"/etc/os-release"_s, u"/usr/lib/os-release"_s}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            return fromOsRelease(file.read(64 * 1024));
    }
    return fromOsRelease({});
}
