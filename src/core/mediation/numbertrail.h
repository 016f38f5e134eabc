#pragma once

/*! A case's numbers (mediation_case_numbers n) in the order it got them: one per level, and a case
    only rises (committee → station → studio), so the level is the order — on both engines, where
    SQLite's rowid was before. */
#define MEDIATION_TRAIL_ORDER "CASE n.level WHEN 'committee' THEN 0 WHEN 'station' THEN 1 ELSE 2 END"
