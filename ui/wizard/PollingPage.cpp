#include "PollingPage.h"

#include "config/ChronyDirectives.h"
#include "setup/SetupChoices.h"
#include "widgets/ReasonLabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace {

QString interval(int poll)
{
    const double secondsValue = std::ldexp(1.0, poll);
    if (secondsValue < 60)
        return PollingPage::tr("%1 s").arg(secondsValue);
    if (secondsValue < 3600)
        return PollingPage::tr("%1 min").arg(secondsValue / 60, 0, 'g', 3);
    return PollingPage::tr("%1 h").arg(secondsValue / 3600, 0, 'g', 3);
}

} // namespace

PollingPage::PollingPage(QWidget* parent)
    : QWizardPage(parent)
    , m_presets(new QButtonGroup(this))
    , m_minpoll(new QSpinBox(this))
    , m_maxpoll(new QSpinBox(this))
    , m_cost(new QLabel(this))
    , m_reason(new ReasonLabel(this))
    , m_stepAlways(new QCheckBox(tr("&Step whenever System 2 is more than 1 s off (makestep 1 -1)"), this))
{
    setObjectName(QStringLiteral("pollingPage"));
    setTitle(tr("How often System 2 asks System 1"));
    setSubTitle(tr("More often follows System 1 more closely and costs more packets; on a LAN both are cheap."));
    auto* layout = new QVBoxLayout(this);
    const struct
    {
        PollingPreset::Id id;
        QString text;
        const char* name;
    } presets[] = {
        {PollingPreset::Id::Fast, tr("&Fast: every 2 s (the guide's minpoll 1 / maxpoll 1)"), "fastPollRadio"},
        {PollingPreset::Id::Balanced, tr("B&alanced: every 16 s to 64 s"), "balancedPollRadio"},
        {PollingPreset::Id::ChronyDefault, tr("chrony's &default: every 64 s to 17 min"), "defaultPollRadio"},
        {PollingPreset::Id::Custom, tr("C&ustom"), "customPollRadio"},
    };
    for (const auto& preset : presets) {
        auto* radio = new QRadioButton(preset.text, this);
        radio->setObjectName(QString::fromLatin1(preset.name));
        radio->setAccessibleName(QString(preset.text).remove(QLatin1Char('&')));
        m_presets->addButton(radio, int(preset.id));
        layout->addWidget(radio);
    }
    m_presets->button(int(PollingPreset::Id::Fast))->setChecked(true);

    auto* form = new QFormLayout();
    for (QSpinBox* spin : {m_minpoll, m_maxpoll}) {
        spin->setRange(ChronyDirectives::MinPoll, ChronyDirectives::MaxPoll);
        spin->setValue(1);
        spin->setEnabled(false);
    }
    m_minpoll->setObjectName(QStringLiteral("minpollSpin"));
    m_maxpoll->setObjectName(QStringLiteral("maxpollSpin"));
    m_minpoll->setAccessibleName(tr("minpoll"));
    m_maxpoll->setAccessibleName(tr("maxpoll"));
    auto* minLabel = new QLabel(tr("min&poll (log2 seconds):"), this);
    auto* maxLabel = new QLabel(tr("ma&xpoll (log2 seconds):"), this);
    minLabel->setBuddy(m_minpoll);
    maxLabel->setBuddy(m_maxpoll);
    form->addRow(minLabel, m_minpoll);
    form->addRow(maxLabel, m_maxpoll);
    layout->addSpacing(8);
    layout->addLayout(form);
    m_cost->setObjectName(QStringLiteral("pollCostLabel"));
    m_cost->setWordWrap(true);
    layout->addWidget(m_cost);
    layout->addWidget(m_reason);
    layout->addSpacing(12);
    m_stepAlways->setObjectName(QStringLiteral("stepAlwaysCheck"));
    m_stepAlways->setAccessibleName(tr("Step whenever System 2 is more than 1 s off"));
    layout->addWidget(m_stepAlways);
    auto* stepExplanation =
        new QLabel(tr("For a System 1 whose clock may jump (mode 1, a clock set by hand). Without it, chronyd steps "
                      "only during its first updates (Debian's makestep 1 3) and afterwards corrects a jump slowly, "
                      "about 12 s for every second of difference."),
                   this);
    stepExplanation->setWordWrap(true);
    layout->addWidget(stepExplanation);
    layout->addStretch(1);

    registerField(QStringLiteral("stepAlways"), m_stepAlways);
    registerField(QStringLiteral("minpoll"), m_minpoll);
    registerField(QStringLiteral("maxpoll"), m_maxpoll);
    connect(m_presets, &QButtonGroup::idClicked, this, &PollingPage::presetChosen);
    connect(m_minpoll, &QSpinBox::valueChanged, this, &PollingPage::update);
    connect(m_maxpoll, &QSpinBox::valueChanged, this, &PollingPage::update);
    update();
}

void PollingPage::presetChosen(int id)
{
    const bool custom = id == int(PollingPreset::Id::Custom);
    m_minpoll->setEnabled(custom);
    m_maxpoll->setEnabled(custom);
    if (!custom) {
        const PollingPreset preset = pollingPreset(PollingPreset::Id(id));
        m_minpoll->setValue(preset.minpoll);
        m_maxpoll->setValue(preset.maxpoll);
    }
    update();
}

void PollingPage::update()
{
    const int minpoll = m_minpoll->value();
    const int maxpoll = m_maxpoll->value();
    // About 180 bytes on the wire per request and reply (NTP over UDP over IP over Ethernet), in the
    // unit that suits the size ("7.8 MB", not "7776 KB").
    const QString traffic =
        locale().formattedDataSize(qint64(requestsPerDay(minpoll)) * 180, 1, QLocale::DataSizeSIFormat);
    m_cost->setText(minpoll == maxpoll
                        ? tr("One request every %1: %2 requests a day, about %3 of traffic.")
                              .arg(interval(minpoll))
                              .arg(requestsPerDay(minpoll))
                              .arg(traffic)
                        : tr("One request every %1 to %2 (chrony slows down while the clocks agree): at most %3 "
                             "requests a day, about %4 of traffic.")
                              .arg(interval(minpoll), interval(maxpoll))
                              .arg(requestsPerDay(minpoll))
                              .arg(traffic));
    m_reason->setReason(maxpoll < minpoll ? tr("maxpoll must not be smaller than minpoll.") : QString());
    emit completeChanged();
}

bool PollingPage::isComplete() const
{
    return m_maxpoll->value() >= m_minpoll->value();
}
