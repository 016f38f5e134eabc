#pragma once

#include "shegong/core/people/residentsearch.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace shegong::ui {

/*! Runs registry searches on a thread of their own, over a read-only connection to the same file, so
    the UI thread never waits on SQLite. Requests carry a generation: one older than the newest is
    dropped unanswered (the worker typed on), and replies come back on the caller's thread. */
class BackgroundSearch : public QObject {
    Q_OBJECT
public:
    using Reply = std::function<void(int total, std::vector<core::ResidentRow> rows)>;

    explicit BackgroundSearch(const core::Access& access, QObject* parent = nullptr);
    ~BackgroundSearch() override;

    //! Rows [offset, offset + limit) of the query, and its total when `count` (else -1).
    void find(quint64 generation, const core::ResidentQuery& query, int offset, int limit, bool count,
              Reply reply);
    //! Requests of older generations are dropped from now on.
    void supersede(quint64 generation) { m_latest = generation; }

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker;
    std::atomic<quint64> m_latest{0};
};

} // namespace shegong::ui
