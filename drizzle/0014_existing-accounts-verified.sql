-- Addresses are verified from now on. The accounts made before are people using Keel today: they count as verified.
UPDATE "user" SET "email_verified" = true WHERE "email_verified" = false;--> statement-breakpoint
-- The admin's outbox holds the practice's own mail, its invitations; mail about clients' work leaves it.
UPDATE "mail" SET "in_outbox" = true WHERE "practice_id" IS NOT NULL AND "subject" LIKE '% invited you to % on Keel';
