#pragma once

#include <cstdint>
#include <vector>

namespace shegong::core::demo {

/*! xoshiro256** seeded by splitmix64. Written out rather than std:: distributions, whose output
    differs between standard libraries: the demo district must be identical everywhere. */
class Random {
public:
    explicit Random(std::uint64_t seed)
    {
        for (auto& word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    //! Uniform in [0, n).
    int below(int n) { return int(next() % std::uint64_t(n)); }
    //! Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    //! Uniform in [0, 1).
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    //! An index drawn with the given relative weights.
    int weighted(const std::vector<int>& weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int pick = below(total);
        for (int i = 0; i < int(weights.size()); ++i) {
            pick -= weights[size_t(i)];
            if (pick < 0)
                return i;
        }
        return int(weights.size()) - 1;
    }
    template <typename T> const T& pick(const std::vector<T>& items)
    {
        return items[size_t(below(int(items.size())))];
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4];
};

} // namespace shegong::core::demo
