#pragma once

#include "config/PairKey.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QRadioButton;
class QLabel;
class QLineEdit;
class QPushButton;
class Dialogs;

// The wizard's one choice about trust: authenticate System 1's time with a shared key, on by
// default. On System 1's path a fresh key is made (its code is shown on the Review page and goes
// into the export); on System 2's path the admin types System 1's pairing code or imports the
// exported file. The key lives in memory only; the helper gets it on its standard input.
class PairKeyBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit PairKeyBox(QWidget* parent = nullptr);

    // Which side this system is on, where file dialogs come from, and the ID of the key Tandem's
    // block on this system names already (0: none), which is kept by default.
    void setServerSide(bool server, Dialogs* dialogs, quint32 existingKeyId);
    // The key the choices carry: none when authentication is off or System 1's code is not there yet.
    std::optional<PairKey> key() const;
    // The existing key kept instead (the other system needs nothing new).
    std::optional<quint32> keptKeyId() const;
    // Whether the wizard can go on: off, System 1's side, or a valid code.
    bool isComplete() const;

signals:
    void changed();

private:
    void update();
    bool keeping() const;
    void importFile();

    QCheckBox* m_enabled;
    QLabel* m_explanation;
    QRadioButton* m_keep;
    QRadioButton* m_renew;
    QLabel* m_codeLabel;
    QLineEdit* m_code;
    QPushButton* m_import;
    QLabel* m_codeState;
    Dialogs* m_dialogs = nullptr;
    bool m_server = true;
    quint32 m_existing = 0;
    PairKey m_fresh = PairKey::generate();
    std::optional<PairKey> m_typed;
};
