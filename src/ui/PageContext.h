#pragma once

#include "StoreWorker.h"

namespace callscore {

class Store;

// What every page needs: the store for quick reads and writes on the GUI
// thread, a worker for reads over the whole history, and the language the
// checklist texts are shown in.
struct PageContext {
    Store* store = nullptr;
    StoreWorker worker{QString()};
    bool english = false;
};

} // namespace callscore
