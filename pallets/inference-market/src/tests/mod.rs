//! Unit tests, one file per stage of a task's life. Every test runs through
//! [`ExtBuilder::build_and_execute`](crate::mock::ExtBuilder::build_and_execute), which checks
//! the pallet's invariants at its end.

mod audits;
mod disputes;
mod dissection;
mod incentives;
mod models;
mod offchain;
mod properties;
mod quorum;
mod results;
mod retention;
mod settlement;
mod sortition;
mod tasks;
mod views;
mod workers;
