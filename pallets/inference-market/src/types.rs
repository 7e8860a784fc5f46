//! Types stored by the pallet.
