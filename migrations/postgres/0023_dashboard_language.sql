-- The language a dashboard session chose with the language menu (en, de, fr, es, pt-BR or
-- ru); NULL until it chooses, when its pages follow the browser's Accept-Language.
ALTER TABLE dashboard_sessions ADD COLUMN language TEXT;
