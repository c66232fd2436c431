#include "HelperCli.h"

#include "CliIo.h"
#include "helperprotocol/HelperProgressText.h"
#include "helperprotocol/HelperRunner.h"

#include <QEventLoop>
#include <QJsonDocument>

int runHelperFromCli(const HelperRequest& request, const QString& labRoot, bool json, QJsonObject* resultLine)
{
    const auto print = [json](const QJsonObject& object, const QString& text) {
        cliOut() << (json ? QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) : text) << Qt::endl;
    };
    HelperRunner runner;
    QEventLoop loop;
    int exitCode = CliExit::Failed;
    QObject::connect(&runner, &HelperRunner::step, &loop,
                     [&](const QJsonObject& step) { print(step, HelperProgressText::describeStep(step)); });
    QObject::connect(&runner, &HelperRunner::finished, &loop, [&](int code, const QJsonObject& result) {
        print(result, HelperProgressText::describeResult(code, result));
        exitCode = code;
        if (resultLine)
            *resultLine = result;
        loop.quit();
    });
    runner.start(request, labRoot);
    loop.exec();
    return exitCode;
}
