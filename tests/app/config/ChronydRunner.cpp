#include "ChronydRunner.h"

#include "config/ChronydConfigCheck.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace ChronydRunner {

bool available()
{
    return !ChronydConfigCheck::chronydPath().isEmpty();
}

ConfFile hermetic(const ConfFile& file, const QString& directory)
{
    const QString includeDir = directory + u"/conf.d"_s;
    QDir().mkpath(includeDir);
    QFile placeholder(includeDir + u"/empty.conf"_s);
    if (placeholder.open(QIODevice::WriteOnly))
        placeholder.write("# nothing\n");
    QList<ConfLine> lines = file.lines();
    for (ConfLine& line : lines) {
        if (line.directive() == u"confdir"_s || line.directive() == u"include"_s) {
            const QByteArray target =
                line.directive() == u"include"_s ? (includeDir + u"/*.conf"_s).toUtf8() : includeDir.toUtf8();
            line = ConfLine(line.directive().toUtf8() + ' ' + target, line.terminator());
        }
    }
    ConfFile result = file;
    result.setLines(lines);
    return result;
}

QList<LintFinding> check(const ConfFile& file, const QString& directory)
{
    const QString path = directory + u"/chrony.conf"_s;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {LintFinding{path, 0, LintFinding::Severity::Error, u"cannot write the test file"_s, {}, {}}};
    out.write(hermetic(file, directory).render());
    out.close();

    ChronydConfigCheck check;
    QSignalSpy spy(&check, &ChronydConfigCheck::finished);
    check.start(path);
    if (!spy.wait(15000))
        return {LintFinding{path, 0, LintFinding::Severity::Error, u"chronyd -p did not finish"_s, {}, {}}};
    return spy.at(0).at(0).value<QList<LintFinding>>();
}

} // namespace ChronydRunner
