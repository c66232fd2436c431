#include "PairKeyBox.h"

#include "setup/PairBundle.h"
#include "widgets/Dialogs.h"

#include <QCheckBox>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

PairKeyBox::PairKeyBox(QWidget* parent)
    : QGroupBox(tr("Trust"), parent)
    , m_enabled(new QCheckBox(tr("&Authenticate System 1's time with a shared key (recommended)"), this))
    , m_explanation(new QLabel(this))
    , m_keep(new QRadioButton(this))
    , m_renew(new QRadioButton(this))
    , m_codeLabel(new QLabel(tr("System 1's pairing &code:"), this))
    , m_code(new QLineEdit(this))
    , m_import(new QPushButton(tr("&Import file…"), this))
    , m_codeState(new QLabel(this))
{
    setObjectName(QStringLiteral("pairKeyBox"));
    m_enabled->setObjectName(QStringLiteral("authenticateCheck"));
    m_enabled->setChecked(true);
    m_explanation->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("authenticateExplanationLabel"));
    m_keep->setObjectName(QStringLiteral("keepPairKeyRadio"));
    m_renew->setObjectName(QStringLiteral("renewPairKeyRadio"));
    m_code->setObjectName(QStringLiteral("pairingCodeEdit"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_code->setAccessibleName(tr("System 1's pairing code"));
    // Typed like a password field would be, but shown: the admin compares it with System 1's screen.
    m_code->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhPreferUppercase);
    m_import->setObjectName(QStringLiteral("importPairKeyButton"));
    m_import->setAutoDefault(false);
    m_codeState->setObjectName(QStringLiteral("pairingCodeStateLabel"));
    m_codeState->setWordWrap(true);
    m_codeLabel->setBuddy(m_code);
    m_codeLabel->setObjectName(QStringLiteral("pairingCodeCaption"));
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_enabled, 0, 0, 1, 3);
    layout->addWidget(m_keep, 1, 0, 1, 3);
    layout->addWidget(m_renew, 2, 0, 1, 3);
    layout->addWidget(m_explanation, 3, 0, 1, 3);
    layout->addWidget(m_codeLabel, 4, 0);
    layout->addWidget(m_code, 4, 1);
    layout->addWidget(m_import, 4, 2);
    layout->addWidget(m_codeState, 5, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    connect(m_enabled, &QCheckBox::toggled, this, &PairKeyBox::update);
    connect(m_keep, &QRadioButton::toggled, this, &PairKeyBox::update);
    connect(m_code, &QLineEdit::textChanged, this, &PairKeyBox::update);
    connect(m_import, &QPushButton::clicked, this, &PairKeyBox::importFile);
    update();
}

void PairKeyBox::setServerSide(bool server, Dialogs* dialogs, quint32 existingKeyId)
{
    m_server = server;
    m_dialogs = dialogs;
    if (existingKeyId != m_existing) {
        m_existing = existingKeyId;
        // Run again on a set-up pair, the wizard keeps the key both systems have by default.
        m_keep->setChecked(existingKeyId != 0);
        m_renew->setChecked(existingKeyId == 0);
    }
    update();
}

bool PairKeyBox::keeping() const
{
    return m_existing != 0 && m_keep->isChecked();
}

std::optional<PairKey> PairKeyBox::key() const
{
    if (!m_enabled->isChecked() || keeping())
        return std::nullopt;
    return m_server ? std::optional<PairKey>(m_fresh) : m_typed;
}

std::optional<quint32> PairKeyBox::keptKeyId() const
{
    if (!m_enabled->isChecked() || !keeping())
        return std::nullopt;
    return m_existing;
}

bool PairKeyBox::isComplete() const
{
    return !m_enabled->isChecked() || keeping() || m_server || m_typed.has_value();
}

void PairKeyBox::update()
{
    const bool on = m_enabled->isChecked();
    const bool typing = on && !m_server && !keeping();
    // Only System 2 takes a code.
    for (QWidget* widget : {static_cast<QWidget*>(m_codeLabel), static_cast<QWidget*>(m_code),
                            static_cast<QWidget*>(m_import), static_cast<QWidget*>(m_codeState)})
        widget->setVisible(!m_server);
    m_keep->setVisible(m_existing != 0);
    m_renew->setVisible(m_existing != 0);
    m_keep->setEnabled(on);
    m_renew->setEnabled(on);
    m_keep->setText(tr("&Keep the pair's key %1 (the other system has it already)").arg(m_existing));
    m_renew->setText(m_server ? tr("Make a ne&w key (System 2 then needs its new code)")
                              : tr("Use a ne&w code from System 1"));
    m_code->setEnabled(typing);
    m_import->setEnabled(typing);
    if (!on) {
        m_explanation->setText(
            m_server ? tr("System 2 will take time from any reply that comes from this system's address.")
                     : tr("This system will take time from any reply that comes from System 1's address, also "
                          "from an impostor answering for it."));
    } else if (keeping()) {
        m_explanation->setText(tr("Key %1 stays in chrony's key file as Tandem wrote it; nothing needs to be carried "
                                  "across.")
                                   .arg(m_existing));
    } else if (m_server) {
        m_explanation->setText(tr("A fresh key (%1) is made for this pair and written into chrony's key file. The "
                                  "Review page shows its pairing code: type it into System 2's wizard, or export "
                                  "it to a file only you can read. System 2 then ignores replies without it.")
                                   .arg(m_fresh.id));
    } else {
        m_explanation->setText(tr("Type the pairing code System 1's wizard shows, or import the file it exported. "
                                  "Replies without System 1's key are then refused."));
    }
    m_typed.reset();
    if (typing && !m_code->text().trimmed().isEmpty()) {
        const Result<PairKey> read = PairKey::fromCode(m_code->text());
        if (read)
            m_typed = *read;
        m_codeState->setText(read ? tr("Key %1: the code is complete and its check matches.").arg(read->id)
                                  : read.error());
    } else {
        m_codeState->setText(typing ? tr("The code is needed to go on, or turn authentication off.") : QString());
    }
    emit changed();
}

void PairKeyBox::importFile()
{
    if (!m_dialogs)
        return;
    const QString path = m_dialogs->openFileName(this, tr("Import System 1's pairing file"), QDir::homePath(),
                                                 tr("Tandem pairing file (*.tandem-pair);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<PairKey> key = PairBundle::readFile(path);
    if (!key) {
        m_dialogs->showError(this, tr("Import failed"), key.error());
        return;
    }
    m_code->setText(key->code());
}
