#include "TandemResources.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QtCore/qresource.h>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerTandemQrc()
{
    Q_INIT_RESOURCE(tandem);
}

void initTandemResources()
{
    static const bool done = (registerTandemQrc(), true);
    Q_UNUSED(done);
}

namespace {

// The translators are children of the application, found again by this name when replaced.
constexpr auto translatorName = "tandemTranslator"_L1;

bool install(const QLocale& locale, const QString& catalogue, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(translatorName);
    if (translator->load(locale, catalogue, u"_"_s, directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

bool installTandemTranslators(const QLocale& locale)
{
    QCoreApplication* app = QCoreApplication::instance();
    const auto previous = app->findChildren<QTranslator*>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    // Qt's catalogue is optional (Debian: qt6-translations-l10n); without it only Qt's buttons stay English.
    install(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return install(locale, u"tandem"_s, u":/i18n"_s);
}
