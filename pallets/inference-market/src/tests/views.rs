//! Views: task details, open tasks a worker could serve (paged), the trust report, commitments.

use crate::{mock::*, Payout, RouteTotal, SettlementRoute, TaskStatus, MAX_OPEN_TASKS_PAGE};
use frame_support::assert_ok;
use sp_runtime::Perbill;

#[test]
fn task_details_show_submission_commitments_and_challenge() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		assert!(Market::task_details(0).is_none());
		let single = served_task(model, b"prompt", b"answer");
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), single, 10));
		let details = Market::task_details(single).unwrap();
		assert_eq!(details.submission.unwrap().output.to_vec(), b"answer".to_vec());
		assert_eq!(details.challenge.unwrap().challenger, DAVE);
		assert!(details.commitments.is_empty());

		let quorum = post_replicated(model, b"prompt", 2);
		assert_ok!(Market::stop_serving(RuntimeOrigin::signed(CHARLIE), model));
		seat(quorum, &[EVE]);
		commit(EVE, quorum, b"yes");
		let details = Market::task_details(quorum).unwrap();
		assert_eq!(details.task.replicas, 2);
		assert_eq!(details.commitments.len(), 1);
		assert_eq!(details.commitments[0].worker, EVE);
		assert_eq!(details.commitments[0].revealed, None);
		assert!(details.submission.is_none());
	});
}

/// A worker's open tasks are the seats it was drawn for and has not answered, in pages.
#[test]
fn open_tasks_lists_the_seats_a_worker_can_answer_in_pages() {
	ExtBuilder::default().build_and_execute(|| {
		// Charlie alone serves the first model, Charlie and Dave the second.
		let model = register_opaque_model();
		let pair = register_opaque_model();
		// Six bonds: more than the minimum stake.
		register_worker_with(CHARLIE, 10 * MIN_WORKER_STAKE);
		register_worker(DAVE);
		opt_in(CHARLIE, model);
		opt_in(CHARLIE, pair);
		opt_in(DAVE, pair);
		let tasks: Vec<u64> = (0..5).map(|_| post(model, b"prompt")).collect();
		let quorum = post_replicated(pair, b"prompt", 2);
		run_to_draws(&[tasks.clone(), vec![quorum]].concat());
		for task in &tasks {
			assert_eq!(drawn(*task), vec![CHARLIE]);
		}
		assert_eq!(drawn(quorum).len(), 2);
		submit(CHARLIE, tasks[0], b"taken");
		commit(CHARLIE, quorum, b"yes");

		// Bob posted them all and was drawn for none; an unregistered account neither.
		assert!(Market::open_tasks_for(BOB, None, 10).tasks.is_empty());
		assert!(Market::open_tasks_for(EVE, None, 10).tasks.is_empty());

		// Charlie can answer the four single tasks it has not, not the quorum it committed to.
		let mut seen = Vec::new();
		let mut after = None;
		loop {
			let page = Market::open_tasks_for(CHARLIE, after, 2);
			assert!(page.tasks.len() <= 2);
			seen.extend(page.tasks.iter().map(|(id, _)| *id));
			match page.next {
				Some(next) => after = Some(next),
				None => break,
			}
		}
		assert_eq!(seen, tasks[1..].to_vec(), "in identifier order");
		// Dave was drawn for the quorum only.
		let dave: Vec<u64> =
			Market::open_tasks_for(DAVE, None, 10).tasks.into_iter().map(|(id, _)| id).collect();
		assert_eq!(dave, vec![quorum]);

		// Past the seats' time nothing is offered, even before the hook replaces the worker.
		let answer_by = tasks.iter().map(|t| draw_of(*t).unwrap().seats[0].answer_by).max();
		System::set_block_number(answer_by.unwrap() + 1);
		assert!(Market::open_tasks_for(CHARLIE, None, 10).tasks.is_empty());
	});
}

#[test]
fn a_page_never_looks_at_more_than_the_page_bound() {
	ExtBuilder::default().build_and_execute(|| {
		let bound = MAX_OPEN_TASKS_PAGE as u64;
		let (first, next) = crate::views::page(0..bound + 6, u32::MAX);
		assert_eq!((first.len() as u64, next), (bound, Some(bound - 1)));
		let (rest, next) = crate::views::page(bound..bound + 6, u32::MAX);
		assert_eq!((rest, next), ((bound..bound + 6).collect(), None));
		// A limit of zero still gives one entry.
		assert_eq!(crate::views::page(0..3, 0), (vec![0], Some(0)));
		// The view pages a worker's seats with the same bound.
		let model = register_opaque_model();
		let tasks: Vec<u64> = (0..3).map(|_| post(model, b"prompt")).collect();
		register_worker(CHARLIE);
		opt_in(CHARLIE, model);
		run_to_draws(&tasks);
		let page = Market::open_tasks_for(CHARLIE, None, 0);
		assert_eq!((page.tasks.len(), page.next), (1, Some(tasks[0])));
	});
}

#[test]
fn trust_report_gives_the_share_checked_on_chain() {
	ExtBuilder::default().build_and_execute(|| {
		let tiny = register_tiny_model();
		let report = Market::trust_report();
		assert_eq!(report.verified_on_chain, Perbill::zero());

		// One optimistic and one re-executed task, one quorum, one cancelled.
		let optimistic = served_task(tiny, &[1, 2, 3, 4], &[4, 6]);
		// Each of the next tasks goes to the workers serving the model when it is posted.
		assert_ok!(Market::stop_serving(RuntimeOrigin::signed(CHARLIE), tiny));
		let wrong = post(tiny, &[1, 2, 3, 4]);
		seat(wrong, &[DAVE]);
		submit(DAVE, wrong, &[0, 0]);
		assert_ok!(Market::challenge(RuntimeOrigin::signed(EVE), wrong, 10));
		assert_ok!(Market::stop_serving(RuntimeOrigin::signed(DAVE), tiny));
		let quorum = post_replicated(tiny, &[1, 2, 3, 4], 2);
		seat(quorum, &[EVE, CHARLIE]);
		commit(EVE, quorum, &[4, 6]);
		commit(CHARLIE, quorum, &[4, 6]);
		reveal(EVE, quorum, &[4, 6]);
		reveal(CHARLIE, quorum, &[4, 6]);
		assert_ok!(Market::finalize(RuntimeOrigin::signed(ALICE), quorum));
		let cancelled = post(tiny, &[1, 2, 3, 4]);
		assert_ok!(Market::cancel_task(RuntimeOrigin::signed(BOB), cancelled));
		// The quorum settles in the block after `finalize`, the optimistic task after its window.
		run_to_block((System::block_number() + 1).max(DRAWN + PERIOD + 1));
		assert!(matches!(
			crate::Tasks::<Test>::get(optimistic).unwrap().status,
			TaskStatus::Settled {
				route: SettlementRoute::Optimistic,
				payout: Payout::WorkerPaid,
				..
			}
		));

		let report = Market::trust_report();
		let one = RouteTotal { tasks: 1, value: REWARD };
		assert_eq!(report.optimistic, one);
		assert_eq!(report.re_executed, one);
		assert_eq!(report.quorum, one);
		assert_eq!(report.cancelled, one);
		assert_eq!(report.expired, RouteTotal::default());
		// Three tasks ended with a result; one of them was checked on chain, one by a quorum.
		assert_eq!(report.verified_on_chain, Perbill::from_rational(1u32, 3));
		assert_eq!(report.cross_checked, Perbill::from_rational(1u32, 3));
	});
}

#[test]
fn commitment_view_matches_the_pallet_hash() {
	ExtBuilder::default().build_and_execute(|| {
		use codec::Encode;
		let expected = sp_core::H256(sp_io::hashing::blake2_256(
			&(b"out".to_vec(), [7u8; 32], CHARLIE).encode(),
		));
		assert_eq!(Market::commitment_hash(b"out", &[7u8; 32], &CHARLIE), expected);
	});
}
