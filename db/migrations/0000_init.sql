CREATE TABLE `citation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`status_change_id` integer,
	`invitation_id` integer,
	`count_claim_id` integer,
	`quote` text,
	`locator` text,
	`given_date` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `source`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`status_change_id`) REFERENCES `status_change`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitation`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`count_claim_id`) REFERENCES `count_claim`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "citation_one_fact" CHECK(("citation"."status_change_id" is not null) + ("citation"."invitation_id" is not null) + ("citation"."count_claim_id" is not null) = 1)
);
--> statement-breakpoint
CREATE INDEX `citation_source_idx` ON `citation` (`source_id`);--> statement-breakpoint
CREATE INDEX `citation_status_change_idx` ON `citation` (`status_change_id`);--> statement-breakpoint
CREATE INDEX `citation_invitation_idx` ON `citation` (`invitation_id`);--> statement-breakpoint
CREATE INDEX `citation_count_claim_idx` ON `citation` (`count_claim_id`);--> statement-breakpoint
CREATE TABLE `count_claim` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`status` text NOT NULL,
	`count` integer NOT NULL,
	`date` text NOT NULL,
	`note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `count_claim_org_date_idx` ON `count_claim` (`organization_id`,`date`);--> statement-breakpoint
CREATE TABLE `invitation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`state_id` integer NOT NULL,
	`invited_status` text NOT NULL,
	`date` text NOT NULL,
	`date_kind` text DEFAULT 'on' NOT NULL,
	`outcome` text DEFAULT 'pending' NOT NULL,
	`outcome_date` text,
	`resulting_change_id` integer,
	`note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`state_id`) REFERENCES `state`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`resulting_change_id`) REFERENCES `status_change`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `invitation_org_state_idx` ON `invitation` (`organization_id`,`state_id`);--> statement-breakpoint
CREATE INDEX `invitation_state_idx` ON `invitation` (`state_id`);--> statement-breakpoint
CREATE INDEX `invitation_outcome_idx` ON `invitation` (`outcome`);--> statement-breakpoint
CREATE TABLE `organization_name` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`name` text NOT NULL,
	`acronym` text,
	`ended` text,
	FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `organization_name_org_idx` ON `organization_name` (`organization_id`);--> statement-breakpoint
CREATE TABLE `organization` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`acronym` text NOT NULL,
	`name` text NOT NULL,
	`kind` text,
	`founded` text,
	`dissolved` text,
	`headquarters` text,
	`website` text,
	`parent_id` integer,
	`description` text,
	`cow_id` text,
	`cow_number` integer,
	`wikidata_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `organization`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organization_slug_idx` ON `organization` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `organization_cow_id_idx` ON `organization` (`cow_id`);--> statement-breakpoint
CREATE INDEX `organization_parent_idx` ON `organization` (`parent_id`);--> statement-breakpoint
CREATE INDEX `organization_acronym_idx` ON `organization` (`acronym`);--> statement-breakpoint
CREATE TABLE `revision` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	`organization_id` integer,
	`state_id` integer,
	`author_id` text,
	`author_name` text NOT NULL,
	`summary` text NOT NULL,
	`reverts_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `revision_entity_idx` ON `revision` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE INDEX `revision_created_idx` ON `revision` (`created_at`);--> statement-breakpoint
CREATE INDEX `revision_org_idx` ON `revision` (`organization_id`);--> statement-breakpoint
CREATE INDEX `revision_state_idx` ON `revision` (`state_id`);--> statement-breakpoint
CREATE INDEX `revision_author_idx` ON `revision` (`author_id`);--> statement-breakpoint
CREATE TABLE `source` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text,
	`title` text NOT NULL,
	`publisher` text,
	`author` text,
	`published` text,
	`retrieved` text,
	`language` text,
	`kind` text DEFAULT 'article' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `source_url_idx` ON `source` (`url`);--> statement-breakpoint
CREATE TABLE `state_name` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`state_id` integer NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`state_id`) REFERENCES `state`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `state_name_state_idx` ON `state_name` (`state_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `state_name_unique_idx` ON `state_name` (`state_id`,`name`);--> statement-breakpoint
CREATE TABLE `state` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`iso2` text,
	`iso3` text,
	`cow_code` integer,
	`cow_key` text,
	`kind` text NOT NULL,
	`started` text,
	`ended` text,
	`successor_id` integer,
	`note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`successor_id`) REFERENCES `state`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `state_code_idx` ON `state` (`code`);--> statement-breakpoint
CREATE INDEX `state_iso3_idx` ON `state` (`iso3`);--> statement-breakpoint
CREATE INDEX `state_cow_code_idx` ON `state` (`cow_code`);--> statement-breakpoint
CREATE INDEX `state_cow_key_idx` ON `state` (`cow_key`);--> statement-breakpoint
CREATE TABLE `status_change` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`state_id` integer NOT NULL,
	`status` text NOT NULL,
	`date` text NOT NULL,
	`date_kind` text DEFAULT 'start' NOT NULL,
	`note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`state_id`) REFERENCES `state`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `status_change_org_state_date_idx` ON `status_change` (`organization_id`,`state_id`,`date`);--> statement-breakpoint
CREATE INDEX `status_change_state_idx` ON `status_change` (`state_id`,`organization_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `status_change_unique_idx` ON `status_change` (`organization_id`,`state_id`,`status`,`date`);