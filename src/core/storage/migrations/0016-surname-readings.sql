-- Names read again (in C++): a surname is read as a surname (曾 zeng, 单 shan, 解 xie), which changes
-- the pinyin sort key and initials of the names that start with one.
SELECT 1;
