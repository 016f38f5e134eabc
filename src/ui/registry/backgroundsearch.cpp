#include "shegong/ui/registry/backgroundsearch.h"

#include "shegong/core/storage/database.h"

namespace shegong::ui {

//! Lives on the search thread and owns everything SQLite there: its connection is opened on first use.
class BackgroundSearch::Worker : public QObject {
public:
    Worker(QString path, core::Session session) : m_path(std::move(path)), m_session(std::move(session)) {}

    const core::ResidentSearch* search()
    {
        if (!m_search) {
            auto db = core::Database::openReader(m_path);
            if (!db)
                return nullptr;
            m_db = std::move(db.value());
            m_access = std::make_unique<core::Access>(*m_db, m_session);
            m_search = std::make_unique<core::ResidentSearch>(*m_access);
        }
        return m_search.get();
    }

private:
    QString m_path;
    core::Session m_session;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<core::Access> m_access;
    std::unique_ptr<core::ResidentSearch> m_search;
};

BackgroundSearch::BackgroundSearch(const core::Access& access, QObject* parent)
    : QObject(parent), m_worker(new Worker(access.database().path(), access.session()))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("registry search"));
    m_thread.start();
}

BackgroundSearch::~BackgroundSearch()
{
    m_latest = ~quint64(0); // whatever is queued is stale now
    m_thread.quit();
    m_thread.wait();
}

void BackgroundSearch::find(quint64 generation, const core::ResidentQuery& query, int offset, int limit,
                            bool count, Reply reply)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, generation, query, offset, limit, count, reply = std::move(reply)]() mutable {
            if (generation < m_latest)
                return; // superseded while it waited
            const core::ResidentSearch* search = m_worker->search();
            int total = -1;
            std::vector<core::ResidentRow> rows;
            if (search) {
                if (count)
                    total = search->count(query);
                rows = search->find(query, offset, limit);
            }
            // Back on the owner's thread; dropped if this object is gone by then.
            QMetaObject::invokeMethod(
                this,
                [reply = std::move(reply), total, rows = std::move(rows)]() mutable {
                    reply(total, std::move(rows));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace shegong::ui
