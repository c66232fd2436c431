#include "FirewallFlow.h"

#include "helperprotocol/HelperExitCode.h"
#include "helperprotocol/HelperSteps.h"
#include "privileged/HelperProgress.h"
#include "privileged/RootCommand.h"
#include "util/LocalRoute.h"

using namespace Qt::StringLiterals;

FirewallFlow::FirewallFlow(HelperProgress* progress, QObject* parent)
    : QObject(parent)
    , m_progress(progress)
    , m_command(new RootCommand(this))
{}

void FirewallFlow::start(const HelperRequest& request)
{
    m_request = request;
    m_packet.source = QHostAddress(request.peer);
    m_packet.port = quint16(request.port);
    const LocalRoute route = LocalRoute::towards(m_packet.source);
    m_packet.destination = route.address;
    m_packet.interfaceName = route.interfaceName;
    m_progress->step(HelperStep::Route, !route.address.isNull(),
                     route.address.isNull()
                         ? u"no route to %1; rules on the interface are not evaluated"_s.arg(request.peer)
                         : QString(),
                     {{u"address"_s, route.address.toString()}, {u"interface"_s, route.interfaceName}});
    read([this] { judged(); });
}

void FirewallFlow::read(std::function<void()> then)
{
    m_facts = {};
    if (RootCommand::find(u"nft"_s).isEmpty()) {
        m_progress->step(HelperStep::ReadFirewall, true, u"nft is not installed: no nftables ruleset"_s);
        readLegacy({u"iptables-legacy-save"_s, u"ip6tables-legacy-save"_s}, std::move(then));
        return;
    }
    m_command->run(
        {u"nft"_s, u"-j"_s, u"list"_s, u"ruleset"_s}, {},
        [this, then](int exitCode, const QByteArray& output, const QString& errorText) {
            Result<NftRuleset> ruleset =
                exitCode == 0 ? NftRuleset::fromJson(output)
                              : Result<NftRuleset>(Error{u"nft -j list ruleset failed: %1"_s.arg(
                                    errorText.isEmpty() ? u"exit status %1"_s.arg(exitCode) : errorText)});
            if (!ruleset) {
                m_progress->step(HelperStep::ReadFirewall, false, ruleset.error());
                emit finished(HelperExitCode::Failed, ruleset.error(), {});
                return;
            }
            m_facts.ruleset = std::move(ruleset).value();
            m_progress->step(HelperStep::ReadFirewall, true, {}, {{u"chains"_s, m_facts.ruleset.chains().size()}});
            readLegacy({u"iptables-legacy-save"_s, u"ip6tables-legacy-save"_s}, then);
        });
}

void FirewallFlow::readLegacy(const QStringList& programs, std::function<void()> then)
{
    // iptables-legacy's tables, then firewalld's state: each only when installed.
    if (!programs.isEmpty()) {
        const QString program = programs.constFirst();
        if (RootCommand::find(program).isEmpty()) {
            readLegacy(programs.mid(1), std::move(then));
            return;
        }
        m_command->run({program}, {}, [this, programs, then](int, const QByteArray& output, const QString&) {
            m_facts.legacySave += QString::fromUtf8(output);
            readLegacy(programs.mid(1), then);
        });
        return;
    }
    if (RootCommand::find(u"firewall-cmd"_s).isEmpty()) {
        then();
        return;
    }
    m_command->run({u"firewall-cmd"_s, u"--state"_s}, {},
                   [this, then](int exitCode, const QByteArray&, const QString&) {
                       m_facts.firewalldRunning = exitCode == 0;
                       then();
                   });
}

void FirewallFlow::judged()
{
    m_finding = FirewallCheck::check(m_facts, m_packet);
    const QJsonObject extra{{u"firewall"_s, m_finding.toJson()}};
    m_progress->step(HelperStep::Judge, m_finding.verdict == FirewallFinding::Verdict::Open, m_finding.summary(),
                     extra);
    if (m_request.action == HelperAction::FirewallCheck) {
        emit finished(HelperExitCode::Ok, m_finding.summary(), extra);
        return;
    }
    switch (m_finding.verdict) {
    case FirewallFinding::Verdict::Open:
        emit finished(HelperExitCode::Ok, u"Nothing to open: %1"_s.arg(m_finding.summary()), extra);
        return;
    case FirewallFinding::Verdict::Unsure:
        emit finished(HelperExitCode::Failed,
                      u"Nothing was changed: %1 Open the port by hand if it is blocked."_s.arg(m_finding.summary()),
                      extra);
        return;
    case FirewallFinding::Verdict::Blocked:
        break;
    }
    if (m_finding.openSteps.isEmpty()) {
        emit finished(
            HelperExitCode::Failed,
            u"Nothing was changed: %1 The check found no change it could verify; open the port by hand."_s.arg(
                m_finding.summary()),
            extra);
        return;
    }
    open(0);
}

void FirewallFlow::open(qsizetype index)
{
    if (index >= m_finding.openSteps.size()) {
        read([this] { verified(); });
        return;
    }
    const FirewallOpenStep& step = m_finding.openSteps.at(index);
    m_command->run(step.argv, step.input, [this, index](int exitCode, const QByteArray&, const QString& errorText) {
        const QString command = m_finding.commands.value(index, m_finding.openSteps.at(index).argv.join(u' '));
        if (exitCode != 0) {
            const QString message =
                u"%1 failed: %2"_s.arg(m_finding.openSteps.at(index).argv.value(0),
                                       errorText.isEmpty() ? u"exit status %1"_s.arg(exitCode) : errorText);
            m_progress->step(HelperStep::OpenPort, false, message, {{u"command"_s, command}});
            emit finished(index == 0 ? HelperExitCode::Failed : HelperExitCode::NotVerified, message,
                          {{u"firewall"_s, m_finding.toJson()}});
            return;
        }
        m_progress->step(HelperStep::OpenPort, true, {}, {{u"command"_s, command}});
        open(index + 1);
    });
}

void FirewallFlow::verified()
{
    const FirewallFinding after = FirewallCheck::check(m_facts, m_packet);
    const bool open = after.verdict == FirewallFinding::Verdict::Open;
    const QJsonObject extra{{u"firewall"_s, after.toJson()}, {u"before"_s, m_finding.toJson()}};
    m_progress->step(HelperStep::Recheck, open, after.summary(), extra);
    if (open)
        emit finished(HelperExitCode::Ok, u"Opened: %1"_s.arg(after.summary()), extra);
    else
        emit finished(HelperExitCode::NotVerified, u"The commands ran, but: %1"_s.arg(after.summary()), extra);
}
