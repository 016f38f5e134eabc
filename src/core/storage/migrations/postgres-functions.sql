-- PostgreSQL's versions of the SQL functions SQLite gets from C++ (core/storage/sqliteengine.cpp):
-- each must answer as the C++ it copies does. Replaced whenever the schema is migrated.

-- core::dwellingAddress (geography/address.cpp): "3幢" + "2单元" + "301室"; a rental room or a house
-- without stairwells has no 单元.
CREATE OR REPLACE FUNCTION dwelling_address(building TEXT, stairwell BIGINT, number TEXT, use TEXT)
RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT building || CASE WHEN use = 'rental_room' OR stairwell <= 0 THEN '' ELSE stairwell || '单元' END
        || number || '室'
$$;

-- SQLite's julianday(text) for the times we store (ISO 8601 in UTC, "…Z"; or a day): days since noon
-- of 24 November 4714 BC, fractional.
CREATE OR REPLACE FUNCTION julianday(moment TEXT)
RETURNS DOUBLE PRECISION LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT extract(epoch FROM CAST(moment AS timestamp)) / 86400.0 + 2440587.5
$$;
