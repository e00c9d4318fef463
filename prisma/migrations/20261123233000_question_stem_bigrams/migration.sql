-- Two-character search terms over question stems (the 题库 search box). The trigram index
-- (Question_stem_trgm_idx) cannot serve patterns shorter than three characters, and a
-- two-character word is the commonest Chinese search term. This expression index holds every
-- two-character substring of each stem, so `dangke_bigrams(stem) && ARRAY['党员']` is exactly
-- "the stem contains 党员" and answers from the index (lib/server/bank-admin/bank-question-sql.ts).
-- Expression indexes and functions are outside the Prisma schema language, and the schema diff
-- leaves them alone (checked: db:migration:create finds no change after this migration).
-- Keep semicolons out of these comments: the migration failed to apply with one in them.

-- CreateFunction
-- Every pair of adjacent characters: the pairs at even offsets, then those at odd offsets, split
-- at chr(1). One expression of built-in functions, so PostgreSQL inlines it (a loop or an
-- aggregate here made each recheck cost a hundred microseconds). Stray single characters and
-- empty strings at the ends are harmless: search terms are two characters.
CREATE FUNCTION dangke_bigrams(text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT string_to_array(regexp_replace($1, '(..)', '\1' || chr(1), 'g') || chr(1) || regexp_replace(substr($1, 2), '(..)', '\1' || chr(1), 'g'), chr(1)) $$;

-- CreateIndex
CREATE INDEX "Question_stem_bigram_idx" ON "Question" USING GIN (dangke_bigrams("stem"));
