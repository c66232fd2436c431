#pragma once

#include "config/PairKey.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
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

    // Which side this system is on, and where file dialogs come from.
    void setServerSide(bool server, Dialogs* dialogs);
    // The key the choices carry: none when authentication is off or System 1's code is not there yet.
    std::optional<PairKey> key() const;
    // Whether the wizard can go on: off, System 1's side, or a valid code.
    bool isComplete() const;

signals:
    void changed();

private:
    void update();
    void importFile();

    QCheckBox* m_enabled;
    QLabel* m_explanation;
    QLineEdit* m_code;
    QPushButton* m_import;
    QLabel* m_codeState;
    Dialogs* m_dialogs = nullptr;
    bool m_server = true;
    PairKey m_fresh = PairKey::generate();
    std::optional<PairKey> m_typed;
};
