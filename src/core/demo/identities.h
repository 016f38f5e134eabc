#pragma once

#include "shegong/core/base/idnumber.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace shegong::core::demo {

class Random;

//! Synthetic names, ID numbers and phones for the demo district. Nothing here belongs to a real person.
class Identities {
public:
    explicit Identities(Random& random) : m_random(random) {}

    QString name(Gender gender, const QString& surname = {});
    QString surname();
    //! A checksum-valid ID number, unique within this generator. Locals get Hangzhou districts.
    QString idNumber(QDate birth, Gender gender, bool local);
    //! 11 digits whose middle block is 0000: valid in form, obviously fictitious.
    QString phone();
    QString employer();
    QString occupation(bool floating);

private:
    Random& m_random;
    QSet<QString> m_usedIds;
};

} // namespace shegong::core::demo
