//! Workers: registration with a stake, adding stake, unbonding and withdrawal. A worker that
//! withdraws its whole stake leaves no record behind.

use crate::{pallet::*, Unbonding, WorkerStats};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{CheckedAdd, CheckedSub, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Stake a worker can still bond to tasks: neither bonded, locked as deposits, nor
	/// unbonding.
	pub(crate) fn free_stake(worker: &WorkerInfoOf<T>) -> BalanceOf<T> {
		let unbonding = worker.unbonding.as_ref().map_or_else(Zero::zero, |u| u.amount);
		Self::unlocked_stake(worker).saturating_sub(unbonding)
	}

	/// Stake neither bonded nor locked as deposits.
	fn unlocked_stake(worker: &WorkerInfoOf<T>) -> BalanceOf<T> {
		worker.stake.saturating_sub(worker.bonded).saturating_sub(worker.deposits)
	}

	pub(crate) fn do_register_worker(who: T::AccountId, stake: BalanceOf<T>) -> DispatchResult {
		ensure!(!Workers::<T>::contains_key(&who), Error::<T>::AlreadyWorker);
		ensure!(stake >= T::MinWorkerStake::get(), Error::<T>::StakeTooLow);

		T::Currency::hold(&HoldReason::WorkerStake.into(), &who, stake)?;
		Workers::<T>::insert(
			&who,
			WorkerInfoOf::<T> {
				stake,
				bonded: Zero::zero(),
				deposits: Zero::zero(),
				unbonding: None,
				stats: WorkerStats::default(),
			},
		);
		Self::deposit_event(Event::WorkerRegistered { worker: who, stake });
		Ok(())
	}

	pub(crate) fn do_add_stake(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut worker = Workers::<T>::get(&who).ok_or(Error::<T>::NotWorker)?;
		worker.stake = worker.stake.checked_add(&amount).ok_or(Error::<T>::Overflow)?;

		T::Currency::hold(&HoldReason::WorkerStake.into(), &who, amount)?;
		let stake = worker.stake;
		Workers::<T>::insert(&who, worker);
		Self::deposit_event(Event::StakeAdded { worker: who, amount, stake });
		Ok(())
	}

	pub(crate) fn do_unbond(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut worker = Workers::<T>::get(&who).ok_or(Error::<T>::NotWorker)?;
		ensure!(worker.unbonding.is_none(), Error::<T>::AlreadyUnbonding);
		ensure!(Self::free_stake(&worker) >= amount, Error::<T>::InsufficientFreeStake);

		let unlocks_at = frame_system::Pallet::<T>::block_number()
			.checked_add(&T::UnbondingPeriod::get())
			.ok_or(Error::<T>::Overflow)?;
		worker.unbonding = Some(Unbonding { amount, unlocks_at });
		Workers::<T>::insert(&who, worker);
		Self::deposit_event(Event::UnbondingStarted { worker: who, amount, unlocks_at });
		Ok(())
	}

	pub(crate) fn do_withdraw_unbonded(who: T::AccountId) -> DispatchResult {
		let mut worker = Workers::<T>::get(&who).ok_or(Error::<T>::NotWorker)?;
		let unbonding = worker.unbonding.clone().ok_or(Error::<T>::NotUnbonding)?;
		let now: BlockNumberFor<T> = frame_system::Pallet::<T>::block_number();
		ensure!(now >= unbonding.unlocks_at, Error::<T>::StillUnbonding);
		// Bonds need no check: unbonding stake was free when it started and is never bonded
		// nor locked as a deposit since (`free_stake` leaves it out), and a slash takes only a
		// bond. So bonds and deposits stay covered by what is left, whatever the worker serves.
		let amount = unbonding.amount.min(Self::unlocked_stake(&worker));
		worker.stake = worker.stake.checked_sub(&amount).ok_or(Error::<T>::Overflow)?;
		worker.unbonding = None;

		T::Currency::release(&HoldReason::WorkerStake.into(), &who, amount, Precision::Exact)?;
		let stake = worker.stake;
		if stake.is_zero() {
			// Nothing bonded nor locked is left: the record goes with the stake.
			Workers::<T>::remove(&who);
		} else {
			Workers::<T>::insert(&who, worker);
		}
		Self::deposit_event(Event::StakeWithdrawn { worker: who, amount, stake });
		Ok(())
	}
}
