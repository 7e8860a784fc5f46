//! Weights of the inference market pallet.

use frame_support::weights::Weight;

/// Weight functions of the pallet's calls and hook.
pub trait WeightInfo {}

/// Weights measured in the chain's own runtime.
pub struct SubstrateWeight<T>(core::marker::PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {}

impl WeightInfo for () {}

#[allow(dead_code)]
fn _unused() -> Weight { Weight::zero() }
