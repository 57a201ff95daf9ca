-- How long the page was away, measured by the browser on its return: the period survives
-- a browser clock that differs between the batch that left and the one that came back.
ALTER TABLE "IntegrityEvent" ADD COLUMN "durationMs" INTEGER;
