#pragma once

#include <osg/BoundingBox>
#include <osg/Matrixd>
#include <osg/Vec3d>

namespace shegong::map {

/*! An orbiting camera around a target on the ground: heading, pitch, distance. Orbit, pan, zoom and
    animated fly-to; the widget feeds it input and asks for matrices. Plain maths, testable alone. */
class CameraRig {
public:
    struct Pose {
        osg::Vec3d target;
        double distance = 1000;
        double heading = 0; //!< degrees, 0 = looking north
        double pitch = 55;  //!< degrees above the horizon
    };

    void setPose(const Pose& pose)
    {
        m_pose = clamp(pose);
        m_animating = false;
    }
    const Pose& pose() const { return m_pose; }
    //! A pose that shows the whole box from the south, slightly tilted.
    static Pose framing(const osg::BoundingBox& box, double aspect);

    void orbit(double degreesRight, double degreesUp);
    //! Moves the target by a screen fraction (dx, dy of the view's width/height).
    void pan(double dx, double dy);
    void zoom(double factor);

    //! Starts a smooth flight to `to`, over `seconds`.
    void flyTo(const Pose& to, double seconds = 0.8);
    bool animating() const { return m_animating; }
    //! Advances an animation by `seconds`; returns true while it goes on.
    bool advance(double seconds);

    osg::Matrixd viewMatrix() const;
    osg::Matrixd projectionMatrix(double aspect) const;
    osg::Vec3d eye() const;

    void setLimits(double minDistance, double maxDistance)
    {
        m_minDistance = minDistance;
        m_maxDistance = maxDistance;
    }

private:
    Pose clamp(Pose pose) const;

    Pose m_pose;
    Pose m_from, m_to;
    double m_elapsed = 0, m_duration = 0;
    bool m_animating = false;
    double m_minDistance = 30, m_maxDistance = 20000;
};

} // namespace shegong::map
