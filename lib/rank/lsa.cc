// Randomized truncated SVD on the sparse TF-IDF matrix, and LSA scores.
#include "rank/lsa.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>

namespace summarize::internal {
namespace {

// At most this many topic dimensions score sentences.
constexpr int kMaxDimensions = 10;
// A dimension counts when its singular value is at least this share of the
// largest.
constexpr double kDimensionShare = 0.5;
// Extra random directions beyond the rank (Halko et al. recommend 5–10).
constexpr int kOversampling = 10;
// Power iterations: enough for the leading values of text matrices, whose
// spectrum decays slowly.
constexpr int kPowerIterations = 4;
// Seed of the random test matrix: results never vary between runs.
constexpr std::uint64_t kSeed = 0x5EEDu;

using Dense = Eigen::MatrixXd;

// Orthonormal basis of the columns of `y` (thin QR).
Dense Orthonormalize(const Dense& y) {
  const Eigen::HouseholderQR<Dense> qr(y);
  return qr.householderQ() * Dense::Identity(y.rows(), y.cols());
}

}  // namespace

TruncatedSvd RandomizedSvd(const SparseMatrix& x, int rank,
                           int power_iterations) {
  TruncatedSvd result;
  const Eigen::Index rows = x.rows();
  const Eigen::Index cols = x.cols();
  const Eigen::Index sketch = std::min<Eigen::Index>(
      {static_cast<Eigen::Index>(rank) + kOversampling, rows, cols});
  if (rank <= 0 || sketch == 0 || x.nonZeros() == 0) return result;

  const Eigen::SparseMatrix<double, Eigen::RowMajor> a = x.cast<double>();
  // Ω: uniform in [-1, 1) from mt19937_64 bits, whose sequence the standard
  // fixes (std::uniform_real_distribution's mapping is not portable).
  std::mt19937_64 random(kSeed);
  Dense omega(cols, sketch);
  for (Eigen::Index j = 0; j < sketch; ++j) {
    for (Eigen::Index i = 0; i < cols; ++i) {
      omega(i, j) = static_cast<double>(random() >> 11) * 0x1.0p-52 - 1.0;
    }
  }
  Dense q = Orthonormalize(a * omega);
  for (int p = 0; p < power_iterations; ++p) {
    const Dense z = Orthonormalize(a.transpose() * q);
    q = Orthonormalize(a * z);
  }
  // B = Qᵀ X is sketch × cols; its SVD B = Ũ Σ Ṽᵀ gives X ≈ (Q Ũ) Σ Ṽᵀ.
  // Work on Bᵀ (cols × sketch, thin) so the SVD stays small.
  const Dense bt = a.transpose() * q;
  const Eigen::BDCSVD<Dense> svd(bt, Eigen::ComputeThinV);
  const Dense u = q * svd.matrixV();
  const Eigen::Index keep = std::min<Eigen::Index>(rank, sketch);
  for (Eigen::Index j = 0; j < keep; ++j) {
    result.sigma.push_back(svd.singularValues()(j));
    std::vector<double> column(static_cast<std::size_t>(rows));
    for (Eigen::Index i = 0; i < rows; ++i) {
      column[static_cast<std::size_t>(i)] = u(i, j);
    }
    result.u.push_back(std::move(column));
  }
  return result;
}

Scores Lsa(const RankInput& input) {
  // (1 + ln tf) × idf without the row normalisation of matrix.tfidf: as in
  // the paper's term × sentence matrix, a sentence with more content words
  // has a longer vector.
  SparseMatrix x = input.matrix.counts;
  for (Eigen::Index row = 0; row < x.outerSize(); ++row) {
    for (SparseMatrix::InnerIterator it(x, row); it; ++it) {
      it.valueRef() = static_cast<float>(
          (1.0 + std::log(static_cast<double>(it.value()))) *
          input.matrix.idf[static_cast<std::size_t>(it.col())]);
    }
  }
  input.cancel.Check();
  return LsaScores(x);
}

Scores LsaScores(const SparseMatrix& x) {
  Scores scores(static_cast<std::size_t>(x.rows()), 0.0);
  const TruncatedSvd svd = RandomizedSvd(x, kMaxDimensions, kPowerIterations);
  if (svd.sigma.empty() || svd.sigma[0] <= 0) return scores;
  for (std::size_t j = 0; j < svd.sigma.size(); ++j) {
    if (svd.sigma[j] < kDimensionShare * svd.sigma[0]) break;
    for (std::size_t i = 0; i < scores.size(); ++i) {
      const double weighted = svd.sigma[j] * svd.u[j][i];
      scores[i] += weighted * weighted;
    }
  }
  for (double& score : scores) score = std::sqrt(score);
  return scores;
}

}  // namespace summarize::internal
