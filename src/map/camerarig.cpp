#include "shegong/map/camerarig.h"

#include <algorithm>
#include <cmath>

namespace shegong::map {
namespace {

constexpr double kFieldOfView = 35; // degrees, vertical
constexpr double kRadians = 3.14159265358979323846 / 180;

double wrap(double degrees)
{
    degrees = std::fmod(degrees, 360.0);
    return degrees < 0 ? degrees + 360 : degrees;
}

} // namespace

CameraRig::Pose CameraRig::clamp(Pose pose) const
{
    pose.distance = std::clamp(pose.distance, m_minDistance, m_maxDistance);
    pose.pitch = std::clamp(pose.pitch, 12.0, 89.0);
    pose.heading = wrap(pose.heading);
    return pose;
}

CameraRig::Pose CameraRig::framing(const osg::BoundingBox& box, double aspect)
{
    Pose pose;
    pose.target = osg::Vec3d(box.center().x(), box.center().y(), 0);
    const double halfWidth = (box.xMax() - box.xMin()) / 2, halfDepth = (box.yMax() - box.yMin()) / 2;
    const double tanHalf = std::tan(kFieldOfView / 2 * kRadians);
    // Far enough that both the width (through the aspect) and the depth fit, with a margin.
    const double forDepth = halfDepth / tanHalf, forWidth = halfWidth / (tanHalf * std::max(0.1, aspect));
    pose.distance = 1.1 * std::max({forDepth, forWidth, 100.0});
    pose.heading = 0;
    pose.pitch = 60;
    return pose;
}

osg::Vec3d CameraRig::eye() const
{
    const double h = m_pose.heading * kRadians, p = m_pose.pitch * kRadians;
    return m_pose.target +
           osg::Vec3d(-std::sin(h) * std::cos(p), -std::cos(h) * std::cos(p), std::sin(p)) * m_pose.distance;
}

osg::Matrixd CameraRig::viewMatrix() const
{
    return osg::Matrixd::lookAt(eye(), m_pose.target, osg::Vec3d(0, 0, 1));
}

osg::Matrixd CameraRig::projectionMatrix(double aspect) const
{
    const double nearPlane = std::max(1.0, m_pose.distance * 0.05);
    const double farPlane = m_pose.distance * 4 + 6000;
    return osg::Matrixd::perspective(kFieldOfView, aspect, nearPlane, farPlane);
}

void CameraRig::orbit(double degreesRight, double degreesUp)
{
    Pose pose = m_pose;
    pose.heading += degreesRight;
    pose.pitch += degreesUp;
    setPose(pose);
}

void CameraRig::pan(double dx, double dy)
{
    const double h = m_pose.heading * kRadians;
    const double extent = 2 * m_pose.distance * std::tan(kFieldOfView / 2 * kRadians);
    const osg::Vec3d right(std::cos(h), -std::sin(h), 0), forward(std::sin(h), std::cos(h), 0);
    Pose pose = m_pose;
    // Dragging moves the ground with the pointer: the target moves the other way.
    pose.target +=
        right * (-dx * extent) + forward * (dy * extent / std::max(0.3, std::sin(m_pose.pitch * kRadians)));
    setPose(pose);
}

void CameraRig::zoom(double factor)
{
    Pose pose = m_pose;
    pose.distance *= factor;
    setPose(pose);
}

void CameraRig::flyTo(const Pose& to, double seconds)
{
    m_from = m_pose;
    m_to = clamp(to);
    // Turn the short way round.
    if (m_to.heading - m_from.heading > 180)
        m_from.heading += 360;
    else if (m_from.heading - m_to.heading > 180)
        m_to.heading += 360;
    m_elapsed = 0;
    m_duration = std::max(0.01, seconds);
    m_animating = true;
}

bool CameraRig::advance(double seconds)
{
    if (!m_animating)
        return false;
    m_elapsed += seconds;
    const double t = std::min(1.0, m_elapsed / m_duration);
    const double e = t * t * (3 - 2 * t); // smoothstep: gentle start and stop
    Pose pose;
    pose.target = m_from.target + (m_to.target - m_from.target) * e;
    pose.distance =
        std::exp(std::log(m_from.distance) + (std::log(m_to.distance) - std::log(m_from.distance)) * e);
    pose.heading = m_from.heading + (m_to.heading - m_from.heading) * e;
    pose.pitch = m_from.pitch + (m_to.pitch - m_from.pitch) * e;
    m_pose = clamp(pose);
    m_animating = t < 1;
    return m_animating;
}

} // namespace shegong::map
