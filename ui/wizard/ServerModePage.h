#pragma once

#include <QWizardPage>

class QRadioButton;
class QSpinBox;

// Page 4 for System 1: the guide's mode 1 (its own clock only) or mode 2 (its own clock as fallback
// behind online time servers), and the stratum it announces.
class ServerModePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ServerModePage(QWidget* parent = nullptr);

private:
    QRadioButton* m_localOnly;
    QRadioButton* m_withPools;
    QSpinBox* m_stratum;
};
