#pragma once

#include <QWidget>

class QLabel;

// A line that says why something is not possible yet ("Next stays disabled because ..."), or how a
// check went, with an icon so that the reason does not depend on colour alone. Hidden when empty.
class ReasonLabel : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Ok };

    explicit ReasonLabel(QWidget* parent = nullptr);

    void setReason(const QString& text, Kind kind = Kind::Error);
    void clear() { setReason({}); }
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
};
