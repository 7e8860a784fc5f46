//! How the market's offchain worker builds signed transactions in this runtime: the same
//! transaction extensions as any wallet's transaction, a mortal era, signed by the node's `infr`
//! key (whose account pays the fee like any other signer).

use crate::{
	configs::BlockHashCount, Address, Runtime, RuntimeCall, Signature, System, TxExtension,
	UncheckedExtrinsic,
};
use codec::Encode;
use sp_runtime::{
	generic::{Era, SignedPayload},
	traits::{StaticLookup, Verify},
	SaturatedConversion,
};

impl frame_system::offchain::SigningTypes for Runtime {
	type Public = <Signature as Verify>::Signer;
	type Signature = Signature;
}

impl<C> frame_system::offchain::CreateTransactionBase<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> frame_system::offchain::CreateSignedTransaction<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_signed_transaction<
		A: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>,
	>(
		call: RuntimeCall,
		public: <Signature as Verify>::Signer,
		account: crate::AccountId,
		nonce: crate::Nonce,
	) -> Option<UncheckedExtrinsic> {
		// Valid for half the blocks whose hashes the chain keeps, from the parent block (the
		// offchain worker runs on top of the block being imported).
		let period = BlockHashCount::get().checked_next_power_of_two().map_or(2, |p| p / 2);
		let current = System::block_number().saturating_sub(1);
		let extension: TxExtension = (
			frame_system::AuthorizeCall::<Runtime>::new(),
			frame_system::CheckNonZeroSender::<Runtime>::new(),
			frame_system::CheckSpecVersion::<Runtime>::new(),
			frame_system::CheckTxVersion::<Runtime>::new(),
			frame_system::CheckGenesis::<Runtime>::new(),
			frame_system::CheckEra::<Runtime>::from(Era::mortal(
				u64::from(period),
				current.saturated_into(),
			)),
			frame_system::CheckNonce::<Runtime>::from(nonce),
			frame_system::CheckWeight::<Runtime>::new(),
			pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
			frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
			frame_system::WeightReclaim::<Runtime>::new(),
		);
		let payload = SignedPayload::new(call, extension)
			.map_err(|e| log::warn!(target: "runtime::offchain", "cannot sign: {e:?}"))
			.ok()?;
		let signature = payload.using_encoded(|bytes| A::sign(bytes, public))?;
		let (call, extension, _) = payload.deconstruct();
		let address: Address = <Runtime as frame_system::Config>::Lookup::unlookup(account);
		Some(UncheckedExtrinsic::new_signed(call, address, signature, extension))
	}
}
