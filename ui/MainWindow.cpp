#include "MainWindow.h"

#include <QLabel>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("PayDesk"));
    setCentralWidget(new QLabel(tr("PayDesk"), this));
}
