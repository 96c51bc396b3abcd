ALTER TABLE `source` ADD `standing` text;--> statement-breakpoint
ALTER TABLE `source` ADD `archived_text` text;--> statement-breakpoint
CREATE INDEX `source_standing_idx` ON `source` (`standing`);--> statement-breakpoint
UPDATE `source` SET `standing` = 'dataset' WHERE `kind` = 'dataset';
