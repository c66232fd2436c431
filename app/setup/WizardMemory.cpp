#include "WizardMemory.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString PathKey = u"wizard/path"_s;
const QString PeerKey = u"wizard/peer"_s;

QString pathWord(SetupChoices::Path path)
{
    switch (path) {
    case SetupChoices::Path::Server:
        return u"server"_s;
    case SetupChoices::Path::Client:
        return u"client"_s;
    case SetupChoices::Path::OneTimeSync:
        return u"one-time-sync"_s;
    }
    return {};
}

std::optional<SetupChoices::Path> pathFrom(const QString& word)
{
    for (const SetupChoices::Path path :
         {SetupChoices::Path::Server, SetupChoices::Path::Client, SetupChoices::Path::OneTimeSync}) {
        if (pathWord(path) == word)
            return path;
    }
    return std::nullopt;
}

} // namespace

WizardMemory WizardMemory::load()
{
    const QSettings settings;
    WizardMemory memory;
    memory.path = pathFrom(settings.value(PathKey).toString());
    memory.peer = settings.value(PeerKey).toString();
    return memory;
}

void WizardMemory::save() const
{
    QSettings settings;
    if (path)
        settings.setValue(PathKey, pathWord(*path));
    else
        settings.remove(PathKey);
    settings.setValue(PeerKey, peer);
}
