/**
 * The catalog of the law: award types (danh hiệu thi đua, hình thức khen thưởng) with their legal sources,
 * and rule parameters as dated versions. Other capabilities read rules through {@link vn.gov.moj.thidua.catalog.RuleBook}
 * ("what was in force on date D"); the secretariat edits, everyone signed in reads.
 */
package vn.gov.moj.thidua.catalog;
