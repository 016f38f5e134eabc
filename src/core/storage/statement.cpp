#include "core/storage/statement.h"

namespace shegong::core {

void Statement::bindAt(int index, std::int64_t value)
{
    m_cursor->bindInteger(index, value);
}

void Statement::bindAt(int index, double value)
{
    m_cursor->bindReal(index, value);
}

void Statement::bindAt(int index, const QString& value)
{
    m_cursor->bindText(index, value.toUtf8());
}

void Statement::bindAt(int index, const QByteArray& blob)
{
    m_cursor->bindBlob(index, blob);
}

void Statement::bindAt(int index, std::nullopt_t)
{
    m_cursor->bindNull(index);
}

bool Statement::next()
{
    return m_cursor->next();
}

void Statement::run()
{
    m_cursor->run();
}

std::int64_t Statement::insert()
{
    return m_cursor->insert(*m_engine);
}

int Statement::update()
{
    while (next()) {
    }
    reset();
    return m_cursor->changes();
}

void Statement::reset()
{
    m_cursor->reset();
}

std::int64_t Statement::integer(int column) const
{
    return m_cursor->integer(column);
}

double Statement::real(int column) const
{
    return m_cursor->real(column);
}

QString Statement::text(int column) const
{
    return QString::fromUtf8(m_cursor->utf8(column));
}

std::optional<QString> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

QByteArray Statement::blob(int column) const
{
    return m_cursor->blob(column);
}

bool Statement::isNull(int column) const
{
    return m_cursor->isNull(column);
}

int Statement::columnCount() const
{
    return m_cursor->columnCount();
}

} // namespace shegong::core
