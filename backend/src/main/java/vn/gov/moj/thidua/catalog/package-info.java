/**
 * The catalog of the law: award types (danh hiệu thi đua, hình thức khen thưởng) with their legal sources,
 * and rule parameters as dated versions. Other capabilities read rules through {@link vn.gov.moj.thidua.catalog.RuleBook}
 * ("what was in force on date D"); the secretariat edits, everyone signed in reads.
 * Entry points: {@code AwardTypeResource}, {@code RuleParameterResource} and their services; reads: {@code RuleBook}.
 */
package vn.gov.moj.thidua.catalog;
