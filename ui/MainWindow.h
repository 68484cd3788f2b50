#pragma once

#include <QMainWindow>

// The cashier's window. Placeholder until the checkout screen lands.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};
