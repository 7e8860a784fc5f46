//! Models: registration with a deposit, and retirement.

use crate::{pallet::*, ModelId, ModelKind};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use sp_runtime::traits::Saturating;

/// What a model stores on chain beside its record.
pub(crate) enum Stored<T: Config> {
	/// Nothing: an opaque model.
	Nothing,
	/// A verifiable model's network (`ModelCode`).
	Code(ModelCodeOf<T>),
	/// A committed model's manifest (`Manifests`).
	Manifest(crate::dissection::ManifestBytes),
}

impl<T: Config> Stored<T> {
	fn len(&self) -> usize {
		match self {
			Self::Nothing => 0,
			Self::Code(code) => code.len(),
			Self::Manifest(manifest) => manifest.len(),
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Validates a verifiable model's bytes and derives its shape and cost.
	pub(crate) fn verifiable_kind(code: &[u8]) -> Result<ModelKind, DispatchError> {
		let model = qmodel::Model::parse(code).map_err(|_| Error::<T>::InvalidModel)?;
		let macs = model.macs();
		ensure!(macs <= u64::from(T::MaxModelMacs::get()), Error::<T>::ModelTooExpensive);
		// A shape no task could carry would take bonds that can never be redeemed: a result
		// longer than `MaxOutputLen` can be committed to but never submitted nor revealed.
		ensure!(model.input_len() <= T::MaxInputLen::get(), Error::<T>::ModelInputTooLong);
		ensure!(model.output_len() <= T::MaxOutputLen::get(), Error::<T>::ModelOutputTooLong);
		Ok(ModelKind::Verifiable {
			input_len: model.input_len(),
			output_len: model.output_len(),
			macs,
		})
	}

	/// Deposit for a model that stores `bytes` bytes on chain.
	pub(crate) fn model_deposit(bytes: usize) -> BalanceOf<T> {
		let bytes: BalanceOf<T> = (bytes as u32).into();
		T::ModelDepositBase::get()
			.saturating_add(T::ModelDepositPerByte::get().saturating_mul(bytes))
	}

	pub(crate) fn do_register_model(
		owner: T::AccountId,
		name: NameOf<T>,
		uri: NameOf<T>,
		kind: ModelKind,
		stored: Stored<T>,
	) -> DispatchResult {
		let id = NextModelId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdOverflow)?;
		let stored_bytes = name.len().saturating_add(uri.len()).saturating_add(stored.len());
		let deposit = Self::model_deposit(stored_bytes);
		T::Currency::hold(&HoldReason::ModelDeposit.into(), &owner, deposit)?;

		let verifiable = matches!(kind, ModelKind::Verifiable { .. });
		Models::<T>::insert(
			id,
			ModelInfoOf::<T> { owner: owner.clone(), deposit, name, uri, kind, open_tasks: 0 },
		);
		match stored {
			Stored::Nothing => {},
			Stored::Code(code) => ModelCode::<T>::insert(id, code),
			Stored::Manifest(manifest) => Manifests::<T>::insert(id, manifest),
		}
		NextModelId::<T>::put(next);
		Self::deposit_event(Event::ModelRegistered { model: id, owner, verifiable, deposit });
		Ok(())
	}

	pub(crate) fn do_retire_model(who: T::AccountId, id: ModelId) -> DispatchResult {
		let model = Models::<T>::get(id).ok_or(Error::<T>::UnknownModel)?;
		ensure!(model.owner == who, Error::<T>::NotModelOwner);
		ensure!(model.open_tasks == 0, Error::<T>::ModelInUse);

		T::Currency::release(
			&HoldReason::ModelDeposit.into(),
			&who,
			model.deposit,
			Precision::Exact,
		)?;
		Models::<T>::remove(id);
		ModelCode::<T>::remove(id);
		Manifests::<T>::remove(id);
		Candidates::<T>::remove(id);
		Self::deposit_event(Event::ModelRetired { model: id, deposit: model.deposit });
		Ok(())
	}

	/// Counts a task that starts or stops using a model.
	pub(crate) fn track_model_use(id: ModelId, starts: bool) -> DispatchResult {
		Models::<T>::try_mutate(id, |model| {
			let model = model.as_mut().ok_or(Error::<T>::UnknownModel)?;
			model.open_tasks = if starts {
				model.open_tasks.checked_add(1).ok_or(Error::<T>::Overflow)?
			} else {
				model.open_tasks.saturating_sub(1)
			};
			Ok(())
		})
	}
}
