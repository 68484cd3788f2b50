#pragma once

#include <QStringList>

// The schema as an ordered list of steps. Step N brings user_version from N-1 to N; a step is
// never edited once released, a change is a new step at the end.
namespace Migrations {
int latestVersion();
// The statements of step `version` (1-based).
QStringList step(int version);
} // namespace Migrations
