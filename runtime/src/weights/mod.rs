//! Weights of the SDK parts every transaction pays for, generated on the project's build
//! machine with the node's `benchmark pallet` command (see the README), so that a balance
//! transfer, the yardstick of the market's weights, is measured where the market is.

pub mod frame_system_extensions;
pub mod pallet_balances;
pub mod pallet_transaction_payment;
