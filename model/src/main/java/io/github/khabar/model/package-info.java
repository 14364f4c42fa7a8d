/**
 * The extraction model. Every type is an immutable record: safe to share between threads, validated on
 * construction (null checks, {@code start <= end}, non-empty participants), with list fields copied to
 * unmodifiable lists. The JSON shape of these records is the extraction contract in
 * {@code docs/contract.md}; field names are the record component names.
 */
package io.github.khabar.model;
