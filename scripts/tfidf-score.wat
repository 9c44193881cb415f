;; The SIMD scoring loop of the shipped TF-IDF ensemble (src/classifier/tfidf-ensemble.ts). Compiled
;; by scripts/tfidf-score-wasm.ts (wabt) into src/classifier/tfidf-score-wasm.ts.
;;
;; Memory, laid out by the runtime (all addresses are parameters, nothing is fixed here):
;;   table      i32 member count, then per member: i32 dense row length (classes, a multiple of 8)
;;              and i32 byte offset of its first class in a sums array (a multiple of 32)
;;   features   per feature: i32 address of its bucket's bytes, i32 unit (16 × idf: an integer,
;;              |unit| <= 255, signed so that hashed signs work)
;;   sums       word and character sums: i32 per padded class slot, zeroed by the caller
;;   bucket     per member a count byte: 255 = a dense row of int8 weights follows, else that
;;              many (class slot, int8 weight) byte pairs
;;
;; Every product unit × weight is an exact i32 (|.| <= 255 × 128) and every sum stays below 2^27
;; (at most 4,096 features), so the result is exactly the plain JS path's, whatever the order.
(module
  (memory (export "memory") 1)
  (func (export "score")
    (param $table i32) (param $features i32) (param $count i32) (param $wordCount i32)
    (param $wordSums i32) (param $charSums i32)
    (local $f i32) (local $at i32) (local $unit i32) (local $units v128) (local $sums i32)
    (local $m i32) (local $members i32) (local $n i32) (local $member i32) (local $p i32)
    (local $stop i32) (local $w v128)
    (local.set $members (i32.load (local.get $table)))
    (block $featuresDone
      (loop $feature
        (br_if $featuresDone (i32.ge_u (local.get $f) (local.get $count)))
        (local.set $at (i32.load (local.get $features)))
        (local.set $unit (i32.load offset=4 (local.get $features)))
        (local.set $units (i16x8.splat (local.get $unit)))
        (local.set $features (i32.add (local.get $features) (i32.const 8)))
        ;; the word block's features come first
        (local.set $sums
          (select (local.get $wordSums) (local.get $charSums) (i32.lt_u (local.get $f) (local.get $wordCount))))
        (local.set $member (local.get $table))
        (local.set $m (i32.const 0))
        (block $membersDone
          (loop $eachMember
            (br_if $membersDone (i32.ge_u (local.get $m) (local.get $members)))
            (local.set $n (i32.load8_u (local.get $at)))
            (local.set $at (i32.add (local.get $at) (i32.const 1)))
            (if (i32.eq (local.get $n) (i32.const 255))
              (then
                ;; a dense row: 8 weights per step, widened to i16, times the unit into two i32x4
                (local.set $p (i32.add (local.get $sums) (i32.load offset=8 (local.get $member))))
                (local.set $stop (i32.add (local.get $at) (i32.load offset=4 (local.get $member))))
                (block $rowDone
                  (loop $row
                    (br_if $rowDone (i32.ge_u (local.get $at) (local.get $stop)))
                    (local.set $w (v128.load8x8_s align=1 (local.get $at)))
                    (v128.store align=4 (local.get $p)
                      (i32x4.add (v128.load align=4 (local.get $p)) (i32x4.extmul_low_i16x8_s (local.get $w) (local.get $units))))
                    (v128.store offset=16 align=4 (local.get $p)
                      (i32x4.add (v128.load offset=16 align=4 (local.get $p)) (i32x4.extmul_high_i16x8_s (local.get $w) (local.get $units))))
                    (local.set $p (i32.add (local.get $p) (i32.const 32)))
                    (local.set $at (i32.add (local.get $at) (i32.const 8)))
                    (br $row))))
              (else
                ;; sparse pairs: slot (the class's index in the sums), weight
                (local.set $stop (i32.add (local.get $at) (i32.shl (local.get $n) (i32.const 1))))
                (block $pairsDone
                  (loop $pair
                    (br_if $pairsDone (i32.ge_u (local.get $at) (local.get $stop)))
                    (local.set $p (i32.add (local.get $sums) (i32.shl (i32.load8_u (local.get $at)) (i32.const 2))))
                    (i32.store (local.get $p)
                      (i32.add (i32.load (local.get $p)) (i32.mul (i32.load8_s offset=1 (local.get $at)) (local.get $unit))))
                    (local.set $at (i32.add (local.get $at) (i32.const 2)))
                    (br $pair)))))
            (local.set $member (i32.add (local.get $member) (i32.const 8)))
            (local.set $m (i32.add (local.get $m) (i32.const 1)))
            (br $eachMember)))
        (local.set $f (i32.add (local.get $f) (i32.const 1)))
        (br $feature)))))
