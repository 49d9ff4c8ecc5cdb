/**
 * The demo dataset (public facts about the sector's units and clusters, invented people) that ./run.sh and
 * the tests load into an empty database. Off in production.
 */
package vn.gov.moj.thidua.devdata;
