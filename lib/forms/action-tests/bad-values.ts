// Generators of bad form values, one family per kind of field, for the property tests.
import fc from 'fast-check';
import { parsePartialDate } from '@/lib/domain/partial-date';

export const tooLong = (max: number) => fc.tuple(fc.integer({ min: 1, max: 400 }), fc.string({ maxLength: 20 })).map(([extra, tail]) => 'q'.repeat(max + extra) + tail);

export const empty = fc.constantFrom('', ' ', '   ', '\n\t');

export const requiredText = (max: number) => fc.oneof(empty, tooLong(max));

export const impossibleDate = fc.oneof(
  fc.constantFrom('2023-02-30', '2023-13', '2023-00', '2023-04-31', '2022-02-29', '1900-02-29', '2023-00-10', '0999', '99', '2023-1-5', '2023/01/01', '12-05-2023', 'yesterday', '20230101', '2023-01-01T00:00'),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '' && !parsePartialDate(s).ok),
);

export const requiredDate = fc.oneof(empty, impossibleDate);

export const badUrl = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'data:,hello', 'ftp://example.org/file',
    'file:///etc/passwd', 'mailto:someone@example.org', 'http://', 'https://', 'https:///nohost', 'example.org/page', '//example.org', 'vbscript:msgbox(1)', 'about:blank', 'blob:https://example.org/x',
  ),
  fc.webPath().map((p) => `javascript:${p}`),
  tooLong(2_000).map((s) => `https://example.org/${s}`),
);

export const badId = fc.oneof(fc.constantFrom('0', '-1', 'abc', '1.5', '1e3', ' ', ''), fc.integer({ min: 900_000, max: 9_999_999 }).map(String));

export const badEnum = fc.oneof(fc.constantFrom('', 'king', 'MEMBER', 'pending', 'null'), fc.string({ maxLength: 12 }).filter((s) => !/^(member|associate|observer|partner|applicant|candidate|suspended|withdrawn|start|asOf|on|by|accepted|declined|lapsed|article|document|page|dataset|iso|historic|entity)$/.test(s.trim())));

export const badVersion = fc.constantFrom('', '0', '-2', 'abc', '1.5', ' ');

export const badCount = fc.oneof(fc.constantFrom('', '-1', 'abc', '54.5', '1e3', '1001', '999999', ' '), fc.integer({ min: 1001, max: 999_999 }).map(String));

export const badLanguage = fc.constantFrom('english', 'e', '12', 'en_US', 'en-', '😀');

export const badSlug = fc.oneof(empty, fc.constantFrom('ICESCO', 'has space', 'a--b', '-lead', 'trail-', 'é', 'a_b', '../x'), tooLong(60).map((s) => s.replace(/[^a-z]/g, 'a')));
