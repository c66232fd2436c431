#include "SystemCard.h"

#include "LeapBadge.h"
#include "PanelFormat.h"
#include "ntp/NtpMeasurement.h"
#include "util/SecondsText.h"
#include "widgets/TandemPalette.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

SystemCard::SystemCard(int index, QWidget* parent)
    : QGroupBox(parent)
    , m_index(index)
    , m_leap(new LeapBadge(this))
    , m_unreachable(new QLabel(this))
    , m_fields(new QWidget(this))
    , m_grid(new QGridLayout(m_fields))
{
    setObjectName(QStringLiteral("systemCard%1").arg(index));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout();
    top->addWidget(m_leap);
    top->addStretch(1);
    layout->addLayout(top);
    m_unreachable->setObjectName(QStringLiteral("unreachableLabel"));
    m_unreachable->setWordWrap(true);
    m_unreachable->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_unreachable->setVisible(false);
    layout->addWidget(m_unreachable);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(10);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
    m_reference = addValue(tr("Reference:"), QStringLiteral("referenceValue"),
                           tr("The source this system's chronyd follows (its reference ID in brackets)."), true);
    if (index == 2) {
        m_pairOffset = addValue(tr("Offset to System 1:"), QStringLiteral("pairOffsetValue"), {}, true);
    }
    m_stratum = addValue(tr("Stratum:"), QStringLiteral("stratumValue"),
                         tr("Distance from a reference clock: System 1 serving its local clock is usually 10, "
                            "System 2 one more."));
    m_systemTime = addValue(tr("Clock vs. its source:"), QStringLiteral("systemTimeValue"),
                            tr("How far this clock is ahead of (or behind) the time chronyd believes is right, still "
                               "being slewed away: chronyd's TRACKING \"System time\" with + = ahead, as everywhere in "
                               "Tandem (chronyc says the same number with \"slow\" or \"fast\")."));
    m_frequency = addValue(tr("Frequency:"), QStringLiteral("frequencyValue"),
                           tr("How fast this system's clock would run without chronyd's correction, in ppm."));
    m_rms = addValue(tr("RMS offset:"), QStringLiteral("rmsOffsetValue"),
                     tr("Long-term average of the offsets chronyd measured."));
    m_root = addValue(tr("Root delay / dispersion:"), QStringLiteral("rootValue"),
                      tr("Network delay and error bound accumulated up to the reference clock."));
    m_lastUpdate = addValue(tr("Last answer:"), QStringLiteral("lastUpdateValue"),
                            tr("When this system last answered the panel's poll."));
    m_trust = addValue(tr("Its server's replies:"), QStringLiteral("sourceTrustValue"),
                       tr("Whether chronyd checked the MAC of the last reply from the server it follows (its NTP_DATA "
                          "report): with the pair's key, an impostor answering for System 1's address is refused."),
                       true);
    m_trust->setWordWrap(true);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    setTitle(tr("System %1").arg(index));
}

QLabel* SystemCard::addValue(const QString& label, const QString& objectName, const QString& toolTip, bool wide)
{
    auto* value = new QLabel(QStringLiteral("—"), m_fields);
    value->setObjectName(objectName);
    // Values come from the network (reference names, ids): shown as text, never as markup.
    value->setTextFormat(Qt::PlainText);
    value->setAccessibleName(QString(label).remove(u':'));
    value->setToolTip(toolTip);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* caption = new QLabel(label, m_fields);
    caption->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    caption->setBuddy(value);
    if (wide) {
        if (m_cell % 2 == 1) {
            ++m_row;
            m_cell = 0;
        }
        m_grid->addWidget(caption, m_row, 0);
        m_grid->addWidget(value, m_row, 1, 1, 3);
        ++m_row;
        return value;
    }
    m_grid->addWidget(caption, m_row, (m_cell % 2) * 2);
    m_grid->addWidget(value, m_row, (m_cell % 2) * 2 + 1);
    if (++m_cell % 2 == 0)
        ++m_row;
    return value;
}

void SystemCard::setUnreachableStyle(bool alarming, bool warning)
{
    // Style sheets re-polish the widget; set one only when it changes, not at every poll.
    const QString sheet = alarming  ? TandemPalette::labelStyle(TandemPalette::Role::Alarm, true)
                          : warning ? TandemPalette::labelStyle(TandemPalette::Role::Warning, true)
                                    : QString();
    if (m_unreachable->styleSheet() != sheet)
        m_unreachable->setStyleSheet(sheet);
}

QString SystemCard::likeliestCause(const SystemSnapshot& snapshot)
{
    switch (snapshot.link.lastError()) {
    case CmdmonError::Unauthorised:
        return tr("its chronyd answers but refuses this system (not authorised: its cmdallow does not include "
                  "this address)");
    case CmdmonError::Transport:
        return tr("this system could not send the request (%1)").arg(snapshot.link.reason());
    case CmdmonError::NoAnswer:
        // It answered before, so its cmdallow and bindcmdaddress were right: what changed is the daemon
        // or the network.
        if (snapshot.link.everAnswered())
            return tr("no answer after it answered before: its chronyd stopped, or the network between the systems "
                      "drops the packets");
        return snapshot.link.reason();
    default:
        return snapshot.link.reason();
    }
}

void SystemCard::setNotConfigured(const QString& title, const QString& hint)
{
    setTitle(title);
    setAccessibleName(title);
    m_state = QStringLiteral("not-configured");
    m_leap->setStatus(LeapStatus::Unknown);
    m_fields->setVisible(false);
    setUnreachableStyle(false);
    m_unreachable->setText(hint);
    m_unreachable->setVisible(true);
}

void SystemCard::showSnapshot(const SystemSnapshot& snapshot)
{
    setTitle(snapshot.title);
    setAccessibleName(snapshot.title);
    m_fields->setVisible(true);
    if (!snapshot.reachable()) {
        if (snapshot.link.state() == Reachability::State::Unreachable) {
            m_state = QStringLiteral("unreachable");
            setUnreachableStyle(true);
            m_unreachable->setText(tr("Unreachable since %1 (%2 polls in a row lost): %3")
                                       .arg(PanelFormat::clockTime(snapshot.link.unreachableSinceMs()))
                                       .arg(Reachability::LostAfter)
                                       .arg(likeliestCause(snapshot)));
            m_unreachable->setAccessibleName(m_unreachable->text());
            m_unreachable->setVisible(true);
        }
        m_leap->setStatus(LeapStatus::Unknown);
        // The last values stay, greyed: what the system said before it went quiet.
        m_fields->setEnabled(false);
        return;
    }
    m_fields->setEnabled(true);
    if (snapshot.link.state() == Reachability::State::Degraded) {
        // Like chronyd's reach: the values are still current, the link is not.
        m_state = QStringLiteral("degraded");
        setUnreachableStyle(false, true);
        QString text = tr("Degraded: %1 of the last %2 polls got no answer (reach %3).")
                           .arg(snapshot.link.lostPolls())
                           .arg(Reachability::Window)
                           .arg(QString::number(snapshot.link.reach(), 8));
        if (!snapshot.link.answeredLastPoll())
            text += QLatin1Char(' ') + tr("Latest: %1.").arg(likeliestCause(snapshot));
        m_unreachable->setText(text);
        m_unreachable->setAccessibleName(text);
        m_unreachable->setVisible(true);
    } else {
        m_state = QStringLiteral("ok");
        m_unreachable->setVisible(false);
    }
    if (!snapshot.tracking)
        return;
    const TrackingReport& t = *snapshot.tracking;
    m_leap->setStatus(t.leapStatus);
    const QString name = t.referenceName();
    m_reference->setText(name.isEmpty()
                             ? tr("%1 (%2)").arg(describeReferenceId(t.referenceId, t.stratum), t.referenceIdHex())
                             : tr("%1 (%2)").arg(name, t.referenceIdHex()));
    m_stratum->setText(QString::number(t.stratum));
    // chronyd's System time is positive when the clock is slow: + = ahead is its opposite.
    m_systemTime->setText(SecondsText::withDirection(-t.systemTime, tr("ahead"), tr("behind")));
    m_frequency->setText(
        tr("%1 ppm %2").arg(std::abs(t.frequency), 0, 'f', 3).arg(t.frequency >= 0 ? tr("fast") : tr("slow")));
    m_rms->setText(SecondsText::format(t.rmsOffset));
    m_root->setText(tr("%1 / %2").arg(SecondsText::format(t.rootDelay), SecondsText::format(t.rootDispersion)));
    m_lastUpdate->setText(PanelFormat::clockTime(snapshot.lastAnswerMs));
    m_trust->setText(trustText(snapshot.referenceTrust, m_requiredKey));
}

QString SystemCard::trustText(SourceTrust trust, quint32 requiredKey)
{
    switch (trust) {
    case SourceTrust::Authenticated:
        return tr("authenticated (chronyd checked its MAC)");
    case SourceTrust::NotAuthenticated:
        return tr("not authenticated: anyone answering for its address is believed");
    case SourceTrust::NotShown:
        // chrony.conf is readable by all: what it requires is known even when chronyd's check is not.
        if (requiredKey != 0)
            return tr("key %1 required; chronyd shows its check only to root").arg(requiredKey);
        return tr("not shown: chronyd tells this only to root");
    case SourceTrust::Unknown:
        break;
    }
    return QStringLiteral("—");
}

void SystemCard::showPairOffset(const PairOffset& offset, bool followsSystem1)
{
    if (!m_pairOffset)
        return;
    m_pairOffset->setText(SecondsText::withDirection(offset.seconds, tr("ahead"), tr("behind")));
    switch (offset.method) {
    case PairOffset::Method::Tracking:
        m_pairOffset->setToolTip(tr("System 2 follows System 1: this is the correction System 2's chronyd still "
                                    "applies towards System 1 (minus its TRACKING \"System time\"). Positive: "
                                    "System 2 is ahead of System 1."));
        break;
    case PairOffset::Method::SourceSample:
        m_pairOffset->setToolTip(tr("System 2 does not follow System 1 right now: this is System 2's last sample of "
                                    "System 1 (its sources report, adjusted for slewing since). Positive: System 2 is "
                                    "ahead of System 1."));
        break;
    case PairOffset::Method::None:
        m_pairOffset->setToolTip(followsSystem1 ? QString()
                                                : tr("Not measured: System 2 does not answer, or System 1 is not "
                                                     "one of its sources."));
        break;
    }
}
