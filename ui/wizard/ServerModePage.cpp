#include "ServerModePage.h"

#include "config/ChronyDirectives.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

ServerModePage::ServerModePage(QWidget* parent)
    : QWizardPage(parent)
    , m_localOnly(new QRadioButton(tr("Mode &1: this system's own clock only"), this))
    , m_withPools(new QRadioButton(tr("Mode &2: own clock, and follow online time servers when reachable"), this))
    , m_stratum(new QSpinBox(this))
{
    setObjectName(QStringLiteral("serverModePage"));
    setTitle(tr("How System 1 keeps its time"));
    setSubTitle(tr("System 2 will follow whatever time System 1 has."));
    m_localOnly->setObjectName(QStringLiteral("localOnlyRadio"));
    m_withPools->setObjectName(QStringLiteral("withPoolsRadio"));
    m_localOnly->setAccessibleName(tr("Mode 1, own clock only"));
    m_withPools->setAccessibleName(tr("Mode 2, own clock and online time servers"));
    m_localOnly->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_localOnly);
    group->addButton(m_withPools);
    m_stratum->setObjectName(QStringLiteral("stratumSpin"));
    m_stratum->setAccessibleName(tr("Stratum"));
    m_stratum->setRange(ChronyDirectives::MinStratum, ChronyDirectives::MaxStratum);
    m_stratum->setValue(10);

    const auto explain = [](const QString& text) {
        auto* label = new QLabel(text);
        label->setWordWrap(true);
        label->setIndent(24);
        return label;
    };
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_localOnly);
    layout->addWidget(explain(tr("For an isolated network: online servers are switched off in chrony.conf and both "
                                 "systems agree on System 1's clock, right or wrong.")));
    layout->addSpacing(8);
    layout->addWidget(m_withPools);
    layout->addWidget(explain(tr("The online servers already in chrony.conf stay: System 1 follows them when the "
                                 "internet is there. When they are lost, System 1 keeps serving the time they gave "
                                 "it, and its own clock (local stratum) takes over only once its estimated error "
                                 "(root distance) reaches 1 s, which can take hours; until then System 2 keeps "
                                 "following System 1 as before.")));
    layout->addSpacing(12);
    auto* form = new QFormLayout();
    auto* stratumLabel = new QLabel(tr("&Stratum of the local clock:"), this);
    stratumLabel->setBuddy(m_stratum);
    form->addRow(stratumLabel, m_stratum);
    layout->addLayout(form);
    layout->addWidget(explain(tr("How far from a real reference clock System 1 claims to be. 10 (the usual value) "
                                 "keeps it below any real server, so a real one always wins.")));
    layout->addStretch(1);

    registerField(QStringLiteral("poolsMode"), m_withPools);
    registerField(QStringLiteral("stratum"), m_stratum);
}
